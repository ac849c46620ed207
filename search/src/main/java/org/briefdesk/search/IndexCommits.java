package org.briefdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.briefdesk.search.document.ItemFields;

/**
 * The index's one {@link IndexWriter} and its commit protocol: every commit carries, in its user
 * data, the last applied change sequence, the schema version and the origin of the contents, and
 * reopening reads them back (a corrupt or foreign index is recreated empty and marked for rebuild).
 *
 * <p>Why each lock exists:
 *
 * <ul>
 *   <li>{@link #rebuildLock()}: every change to the writer (update, delete, import, commit) holds its
 *       read lock, so any number of them run at once; a rebuild ({@link BulkRebuild}) holds its write
 *       lock, so that its {@code deleteAll} never swallows a concurrent update and no commit ever
 *       makes a half-done rebuild durable. Taken before {@link #ensureOpen()} is checked.
 *   <li>This object's monitor: {@link #commit} runs one at a time (the user data and the committed
 *       fields are set together), and {@link #close} holds it too, so a commit never overlaps the
 *       rollback at shutdown. A rebuild commits without it: its write lock already excludes both.
 * </ul>
 */
final class IndexCommits {
    static final String SEQ_KEY = "briefdesk.seq";
    static final String SCHEMA_KEY = "briefdesk.schema";
    static final String ORIGIN_KEY = "briefdesk.origin";
    static final double SEGMENTS_PER_TIER = 4;

    /** Work done before the writer is rolled back at close (stopping the searchers). */
    interface Shutdown {
        void run() throws IOException;
    }

    private final Directory dir;
    private final IndexWriter writer;
    private final ReadWriteLock rebuildLock = new ReentrantReadWriteLock();
    private final AtomicLong committedSeq = new AtomicLong();
    private final AtomicLong appliedSeq = new AtomicLong();
    private volatile int committedSchema;
    private volatile String committedOrigin = "";
    private final boolean recreated;
    private volatile boolean closed;

    IndexCommits(Directory dir, IndexConfig config, Analyzer indexAnalyzer, Analyzer bigramAnalyzer)
            throws IOException {
        this.dir = dir;
        boolean wasCorrupt = false;
        IndexWriter w;
        try {
            w = new IndexWriter(
                    dir,
                    writerConfig(config, indexAnalyzer, bigramAnalyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            // A damaged or foreign index is rebuilt from the database, never patched.
            w = new IndexWriter(
                    dir, writerConfig(config, indexAnalyzer, bigramAnalyzer, IndexWriterConfig.OpenMode.CREATE));
            wasCorrupt = true;
        }
        this.writer = w;
        this.recreated = wasCorrupt;
        readCommitData();
        appliedSeq.set(committedSeq.get());
    }

    private static IndexWriterConfig writerConfig(
            IndexConfig config, Analyzer indexAnalyzer, Analyzer bigramAnalyzer, IndexWriterConfig.OpenMode mode) {
        // Title and body come pre-analysed (DocumentBuilder); the bigram sub-fields are analysed here.
        Analyzer perField = new PerFieldAnalyzerWrapper(
                indexAnalyzer, Map.of(ItemFields.TITLE_GRAMS, bigramAnalyzer, ItemFields.BODY_GRAMS, bigramAnalyzer));
        IndexWriterConfig c = new IndexWriterConfig(perField);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(config.ramBufferMb());
        // Fewer, larger segments than Lucene's default (10 per tier): every duplicate lookup seeks
        // its ~60 terms (bands, entities, top terms) in every segment, and during an import those
        // seeks were a third of the lookups' time; merging more often costs far less.
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(SEGMENTS_PER_TIER);
        c.setMergePolicy(merges);
        c.setCommitOnClose(false); // only explicit commits carry a sequence number
        return c;
    }

    private void readCommitData() throws IOException {
        try {
            List<IndexCommit> commits = DirectoryReader.listCommits(dir);
            Map<String, String> data = commits.get(commits.size() - 1).getUserData();
            committedSeq.set(Long.parseLong(data.getOrDefault(SEQ_KEY, "0")));
            committedSchema = Integer.parseInt(data.getOrDefault(SCHEMA_KEY, "0"));
            committedOrigin = data.getOrDefault(ORIGIN_KEY, "");
        } catch (IndexNotFoundException e) {
            committedSeq.set(0);
            committedSchema = 0;
            committedOrigin = "";
        }
    }

    IndexWriter writer() {
        return writer;
    }

    ReadWriteLock rebuildLock() {
        return rebuildLock;
    }

    /** Adds or replaces the item with this id and records the sequence as applied. */
    void update(String id, Document document, long sequence) throws IOException {
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            writer.updateDocument(new Term(ItemFields.ID, id), document);
            markApplied(sequence);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    void delete(String id, long sequence) throws IOException {
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            writer.deleteDocuments(new Term(ItemFields.ID, id));
            markApplied(sequence);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Records a change as applied in this process (the highest sequence wins). */
    void markApplied(long sequence) {
        appliedSeq.accumulateAndGet(sequence, Math::max);
    }

    /** After a rebuild the contents are exactly what was applied up to {@code sequence}. */
    void resetApplied(long sequence) {
        appliedSeq.set(sequence);
    }

    /**
     * Commits with the schema found ({@code wholeContents} false) or the current schema (the commit
     * follows a load of the whole contents), keeping the origin.
     */
    synchronized void commit(long lastAppliedSequence, boolean wholeContents) throws IOException {
        // Never commit a half-done rebuild: wait for it (it commits itself).
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            commitLocked(
                    lastAppliedSequence, wholeContents ? ItemFields.SCHEMA_VERSION : committedSchema, committedOrigin);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Writes the commit; the caller holds this monitor or the rebuild write lock. */
    void commitLocked(long lastAppliedSequence, int schema, String origin) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SEQ_KEY, Long.toString(lastAppliedSequence));
        data.put(SCHEMA_KEY, Integer.toString(schema));
        data.put(ORIGIN_KEY, origin);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committedSeq.set(lastAppliedSequence);
        committedSchema = schema;
        committedOrigin = origin;
    }

    String origin() {
        return committedOrigin;
    }

    int committedSchema() {
        return committedSchema;
    }

    long committedSequence() {
        return committedSeq.get();
    }

    long appliedSequence() {
        return appliedSeq.get();
    }

    boolean needsRebuild() {
        return recreated || committedSchema != ItemFields.SCHEMA_VERSION;
    }

    boolean isClosed() {
        return closed;
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("ItemIndex is closed");
        }
    }

    /** Once: marks closed, runs {@code beforeRollback}, then drops uncommitted changes. */
    synchronized void close(Shutdown beforeRollback) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            beforeRollback.run();
        } finally {
            try {
                writer.rollback();
            } finally {
                dir.close();
            }
        }
    }
}
