package org.briefdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.search.analysis.AnalysisMode;
import org.briefdesk.search.analysis.AnalyzedText;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.analysis.BriefdeskAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;
import org.briefdesk.search.query.ItemSearcher;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.similar.ColumnSuggester;
import org.briefdesk.search.similar.EventCluster;
import org.briefdesk.search.similar.EventClusterer;
import org.briefdesk.search.similar.FeatureExtractor;
import org.briefdesk.search.similar.IdfCache;
import org.briefdesk.search.similar.ItemFeatures;
import org.briefdesk.search.similar.SimilarFinder;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.similar.SimilarityClassifier;

/**
 * The item index: one IndexWriter, near-real-time searchers, durable commits carrying the last
 * applied change sequence, schema versioning and bulk rebuild. Thread-safe: any number of threads
 * may search while others index; close it once at shutdown.
 *
 * <p>Change protocol (the application's outbox): apply changes in sequence order with {@link
 * #index} / {@link #delete}, then {@link #commit(long)} with the last applied sequence. After a
 * crash, {@link #lastAppliedSequence()} is the sequence of the last durable commit: replay
 * everything after it (re-applying a change is harmless, updates are by id).
 */
public final class ItemIndex implements Closeable {
    static final String SEQ_KEY = "briefdesk.seq";
    static final String SCHEMA_KEY = "briefdesk.schema";
    static final String ORIGIN_KEY = "briefdesk.origin";
    static final double SEGMENTS_PER_TIER = 4;

    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexConfig config;
    private final BriefdeskAnalyzer indexAnalyzer;
    private final BriefdeskAnalyzer queryAnalyzer;
    private final BigramAnalyzer bigramAnalyzer;
    private final DocumentBuilder builder;
    private final ItemSearcher itemSearcher;
    private final SimilarFinder similarFinder;
    private final ColumnSuggester columnSuggester = new ColumnSuggester();
    private final EventClusterer clusterer;
    private final SimilarityClassifier classifier;
    private final IdfCache idfCache = new IdfCache();
    private final ScheduledExecutorService refresher;
    /** Updates share the lock; rebuild takes it exclusively so no update is lost by deleteAll. */
    private final ReadWriteLock rebuildLock = new ReentrantReadWriteLock();

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong committedSeq = new AtomicLong();
    private final AtomicLong appliedSeq = new AtomicLong();
    private volatile int committedSchema;
    private volatile String committedOrigin = "";
    private final boolean recreated;
    private volatile boolean closed;

    private ItemIndex(Directory dir, IndexConfig config) throws IOException {
        this.dir = dir;
        this.config = config;
        this.indexAnalyzer = new BriefdeskAnalyzer(config.segmenter(), config.lexicon(), AnalysisMode.INDEX);
        this.queryAnalyzer = new BriefdeskAnalyzer(config.segmenter(), config.lexicon(), AnalysisMode.QUERY);
        this.bigramAnalyzer = new BigramAnalyzer();
        this.builder = new DocumentBuilder(indexAnalyzer);
        boolean wasCorrupt = false;
        IndexWriter w;
        try {
            w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            // A damaged or foreign index is rebuilt from the database, never patched.
            w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE));
            wasCorrupt = true;
        }
        this.writer = w;
        this.recreated = wasCorrupt;
        readCommitData();
        appliedSeq.set(committedSeq.get());
        this.itemSearcher = new ItemSearcher(queryAnalyzer, indexAnalyzer, bigramAnalyzer);
        this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                itemSearcher.warm(reader); // on the refreshing thread, never inside a user's search
                return new IndexSearcher(reader, config.searchExecutor());
            }
        });
        this.classifier = new SimilarityClassifier(config.thresholds());
        this.similarFinder = new SimilarFinder(classifier, idfCache);
        this.clusterer = new EventClusterer(classifier);
        if (config.refreshMillis() > 0) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "briefdesk-index-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(
                    this::backgroundRefresh, config.refreshMillis(), config.refreshMillis(), TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
    }

    /** Opens (or creates) the index in a file-system directory. */
    public static ItemIndex open(Path path, IndexConfig config) throws IOException {
        return new ItemIndex(FSDirectory.open(path), config);
    }

    /** Opens (or creates) the index in any Lucene directory (tests use ByteBuffersDirectory). */
    public static ItemIndex open(Directory dir, IndexConfig config) throws IOException {
        return new ItemIndex(dir, config);
    }

    private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
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
            List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(dir);
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

    // ---- changes -------------------------------------------------------------------------------

    /**
     * Adds or replaces an item (by id). Visible to searches within the refresh interval. Returns the
     * similarity features it was indexed with, so that the caller's duplicate lookup ({@link
     * #findSimilar(ItemFeatures)}) needs no second analysis of the text. May be called from several
     * threads at once (the analysis runs on the caller's thread).
     */
    public ItemFeatures index(ItemDocument item, long sequence) throws IOException {
        DocumentBuilder.Built b = builder.build(item);
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            writer.updateDocument(new Term(ItemFields.ID, item.id()), b.document());
            appliedSeq.accumulateAndGet(sequence, Math::max);
        } finally {
            rebuildLock.readLock().unlock();
        }
        return b.features();
    }

    public void delete(String id, long sequence) throws IOException {
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            writer.deleteDocuments(new Term(ItemFields.ID, id));
            appliedSeq.accumulateAndGet(sequence, Math::max);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /**
     * Makes all applied changes durable and records {@code lastAppliedSequence} with them. It keeps
     * the schema number it found: a never-built index (0) or an old-schema index still {@link
     * #needsRebuild()} however many changes are applied to it, because the items that had no change
     * since are missing from it. Only a load of the whole contents records the current schema.
     */
    public void commit(long lastAppliedSequence) throws IOException {
        commit(lastAppliedSequence, false);
    }

    private synchronized void commit(long lastAppliedSequence, boolean wholeContents) throws IOException {
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

    private void commitLocked(long lastAppliedSequence, int schema, String origin) throws IOException {
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

    /**
     * Which source of changes the index was last rebuilt from (the caller's label, e.g. a database's
     * id; empty for a never-built index). Sequence numbers mean something only for that source.
     */
    public String origin() {
        return committedOrigin;
    }

    /** Sequence recorded by the last durable commit (0 for a new index): replay what came after. */
    public long lastAppliedSequence() {
        return committedSeq.get();
    }

    /** Highest sequence applied in this process, committed or not. */
    public long lastIndexedSequence() {
        return appliedSeq.get();
    }

    /**
     * True for an index that was never committed, was recreated because it was corrupt, or has an
     * old schema version: rebuild it from the database.
     */
    public boolean needsRebuild() {
        return recreated || committedSchema != ItemFields.SCHEMA_VERSION;
    }

    /**
     * Adds or replaces many items at once (bulk import of a legacy archive) with {@code threads}
     * analysis threads, then commits with {@code sequence}. Unlike {@link #rebuild} it keeps the
     * items already indexed. An import into a never-committed index defines its whole contents,
     * so that index counts as built with the current schema afterwards.
     *
     * @return the number of items indexed
     */
    public long importAll(Iterator<ItemDocument> items, long sequence, int threads, RebuildListener listener)
            throws IOException {
        long t0 = System.nanoTime();
        BulkLoader.Result r;
        boolean intoEmptyIndex;
        rebuildLock.readLock().lock();
        try {
            ensureOpen();
            intoEmptyIndex = committedSchema == 0 && writer.getDocStats().numDocs == 0;
            r = new BulkLoader(builder, writer, Math.max(1, threads))
                    .load(
                            items,
                            (done, failed) -> listener.progress(
                                    done, failed, done / Math.max(1e-9, (System.nanoTime() - t0) / 1e9)));
            appliedSeq.accumulateAndGet(sequence, Math::max);
        } finally {
            rebuildLock.readLock().unlock();
        }
        commit(sequence, intoEmptyIndex);
        searchers.maybeRefreshBlocking();
        listener.progress(r.done(), r.failed(), r.done() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
        return r.done();
    }

    /**
     * Replaces the whole index by {@code items} (e.g. streamed from the database), using {@code
     * threads} analysis threads, and commits with {@code sequence} and the current schema version.
     * Searches keep seeing the old contents until the rebuild is committed. Items that fail (e.g.
     * invalid) are counted and skipped.
     *
     * @return the number of items indexed
     */
    public long rebuild(Iterator<ItemDocument> items, long sequence, int threads, RebuildListener listener)
            throws IOException {
        return rebuild(items, sequence, committedOrigin, threads, listener);
    }

    /** Like {@link #rebuild(Iterator, long, int, RebuildListener)}, recording the {@link #origin()} of the contents. */
    public long rebuild(
            Iterator<ItemDocument> items, long sequence, String origin, int threads, RebuildListener listener)
            throws IOException {
        rebuildLock.writeLock().lock();
        rebuilding.set(true);
        try {
            ensureOpen();
            writer.deleteAll();
            long t0 = System.nanoTime();
            BulkLoader.Result r = new BulkLoader(builder, writer, Math.max(1, threads))
                    .load(
                            items,
                            (done, failed) -> listener.progress(
                                    done, failed, done / Math.max(1e-9, (System.nanoTime() - t0) / 1e9)));
            commitLocked(sequence, ItemFields.SCHEMA_VERSION, origin);
            appliedSeq.set(sequence);
            listener.progress(r.done(), r.failed(), r.done() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
            return r.done();
        } finally {
            rebuilding.set(false);
            rebuildLock.writeLock().unlock();
            searchers.maybeRefreshBlocking();
        }
    }

    // ---- reads ---------------------------------------------------------------------------------

    /** Makes every change applied so far visible to searches now (blocking). */
    public void refresh() throws IOException {
        if (!rebuilding.get()) {
            searchers.maybeRefreshBlocking();
        }
    }

    private void backgroundRefresh() {
        try {
            if (!closed && !rebuilding.get()) {
                searchers.maybeRefresh();
            }
        } catch (IOException | RuntimeException e) {
            // The next run retries; a closed writer is expected during shutdown.
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return itemSearcher.search(s, request);
        } finally {
            searchers.release(s);
        }
    }

    /** Archive items similar to {@code item} (which need not be indexed; its own id is skipped). */
    public List<SimilarMatch> findSimilar(ItemDocument item) throws IOException {
        return findSimilar(features(item));
    }

    /**
     * Archive items similar to the item these features describe (as {@link #index} returned them;
     * its own id is skipped): the same answer as {@link #findSimilar(ItemDocument)} without analysing
     * the text again.
     */
    public List<SimilarMatch> findSimilar(ItemFeatures f) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return similarFinder.find(s, f);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Briefing columns for {@code item} voted by its nearest tagged neighbours (its own id never
     * votes), among {@code offered} column names (empty: any).
     */
    public List<ColumnSuggester.Suggestion> suggestColumns(ItemDocument item, Set<String> offered) throws IOException {
        ItemFeatures f = features(item);
        IndexSearcher s = searchers.acquire();
        try {
            return columnSuggester.suggest(s, f, idfCache.forReader(s.getIndexReader()), offered);
        } finally {
            searchers.release(s);
        }
    }

    /** Groups a batch (e.g. a week's inbox) into events; idf comes from the archive. */
    public List<EventCluster> cluster(List<ItemDocument> batch) throws IOException {
        List<ItemFeatures> fs = new ArrayList<>(batch.size());
        for (ItemDocument d : batch) {
            fs.add(features(d));
        }
        IndexSearcher s = searchers.acquire();
        try {
            return clusterer.cluster(fs, idfCache.forReader(s.getIndexReader()));
        } finally {
            searchers.release(s);
        }
    }

    /** The evidence comparing two items (not necessarily indexed), with idf from the archive. */
    public org.briefdesk.search.similar.SimilarityEvidence explain(ItemDocument a, ItemDocument b) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return classifier.evidence(features(a), features(b), idfCache.forReader(s.getIndexReader()));
        } finally {
            searchers.release(s);
        }
    }

    /** How {@link #findSimilar} would classify a pair with this evidence (null: unrelated). */
    public org.briefdesk.search.similar.MatchClass classify(org.briefdesk.search.similar.SimilarityEvidence e) {
        return classifier.classify(e);
    }

    /** Number of items visible to searches. */
    public int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    ItemFeatures features(ItemDocument item) {
        AnalyzedText t = AnalyzedText.analyze(indexAnalyzer, ItemFields.TITLE, item.title());
        AnalyzedText b = AnalyzedText.analyze(indexAnalyzer, ItemFields.BODY, item.body());
        return FeatureExtractor.extract(item, t, b);
    }

    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    public IndexConfig config() {
        return config;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("ItemIndex is closed");
        }
    }

    /** Closes without committing: uncommitted changes are replayed from the outbox next time. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (refresher != null) {
            refresher.shutdownNow();
            try {
                refresher.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback();
            } finally {
                dir.close();
            }
        }
    }
}
