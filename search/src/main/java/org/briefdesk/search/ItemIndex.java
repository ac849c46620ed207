package org.briefdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
import org.briefdesk.search.similar.MatchClass;
import org.briefdesk.search.similar.SimilarFinder;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.similar.SimilarityClassifier;
import org.briefdesk.search.similar.SimilarityEvidence;

/**
 * The item index: one IndexWriter, near-real-time searchers, durable commits carrying the last
 * applied change sequence, schema versioning and bulk rebuild. Thread-safe: any number of threads
 * may search while others index; close it once at shutdown.
 *
 * <p>Change protocol (the application's outbox): apply changes in sequence order with {@link
 * #index} / {@link #delete}, then {@link #commit(long)} with the last applied sequence. After a
 * crash, {@link #lastAppliedSequence()} is the sequence of the last durable commit: replay
 * everything after it (re-applying a change is harmless, updates are by id).
 *
 * <p>The front for search and similarity; the writer and its commits live in {@link IndexCommits},
 * bulk loads in {@link BulkRebuild}, the searchers in {@link SearcherLifecycle} (each says which
 * locks it takes and why; this class takes none).
 */
public final class ItemIndex implements Closeable {
    private final IndexConfig config;
    private final BriefdeskAnalyzer indexAnalyzer;
    private final BriefdeskAnalyzer queryAnalyzer;
    private final DocumentBuilder builder;
    private final IndexCommits commits;
    private final SearcherLifecycle searchers;
    private final BulkRebuild bulk;
    private final ItemSearcher itemSearcher;
    private final SimilarFinder similarFinder;
    private final ColumnSuggester columnSuggester = new ColumnSuggester();
    private final EventClusterer clusterer;
    private final SimilarityClassifier classifier;
    private final IdfCache idfCache = new IdfCache();

    private ItemIndex(Directory dir, IndexConfig config) throws IOException {
        this.config = config;
        this.indexAnalyzer = new BriefdeskAnalyzer(config.segmenter(), config.lexicon(), AnalysisMode.INDEX);
        this.queryAnalyzer = new BriefdeskAnalyzer(config.segmenter(), config.lexicon(), AnalysisMode.QUERY);
        BigramAnalyzer bigramAnalyzer = new BigramAnalyzer();
        this.builder = new DocumentBuilder(indexAnalyzer);
        this.commits = new IndexCommits(dir, config, indexAnalyzer, bigramAnalyzer);
        this.itemSearcher = new ItemSearcher(queryAnalyzer, indexAnalyzer, bigramAnalyzer);
        this.classifier = new SimilarityClassifier(config.thresholds());
        this.similarFinder = new SimilarFinder(classifier, idfCache);
        this.clusterer = new EventClusterer(classifier);
        this.searchers = new SearcherLifecycle(commits.writer(), itemSearcher, config, commits::isClosed);
        this.bulk = new BulkRebuild(commits, searchers, builder);
    }

    /** Opens (or creates) the index in a file-system directory. */
    public static ItemIndex open(Path path, IndexConfig config) throws IOException {
        return new ItemIndex(FSDirectory.open(path), config);
    }

    /** Opens (or creates) the index in any Lucene directory (tests use ByteBuffersDirectory). */
    public static ItemIndex open(Directory dir, IndexConfig config) throws IOException {
        return new ItemIndex(dir, config);
    }

    /**
     * Adds or replaces an item (by id). Visible to searches within the refresh interval. Returns the
     * similarity features it was indexed with, so that the caller's duplicate lookup ({@link
     * #findSimilar(ItemFeatures)}) needs no second analysis of the text. May be called from several
     * threads at once (the analysis runs on the caller's thread).
     */
    public ItemFeatures index(ItemDocument item, long sequence) throws IOException {
        DocumentBuilder.Built b = builder.build(item);
        commits.update(item.id(), b.document(), sequence);
        return b.features();
    }

    public void delete(String id, long sequence) throws IOException {
        commits.delete(id, sequence);
    }

    /**
     * Makes all applied changes durable and records {@code lastAppliedSequence} with them. It keeps
     * the schema number it found: a never-built index (0) or an old-schema index still {@link
     * #needsRebuild()} however many changes are applied to it, because the items that had no change
     * since are missing from it. Only a load of the whole contents records the current schema.
     */
    public void commit(long lastAppliedSequence) throws IOException {
        commits.commit(lastAppliedSequence, false);
    }

    /**
     * Which source of changes the index was last rebuilt from (the caller's label, e.g. a database's
     * id; empty for a never-built index). Sequence numbers mean something only for that source.
     */
    public String origin() {
        return commits.origin();
    }

    /** Sequence recorded by the last durable commit (0 for a new index): replay what came after. */
    public long lastAppliedSequence() {
        return commits.committedSequence();
    }

    /** Highest sequence applied in this process, committed or not. */
    public long lastIndexedSequence() {
        return commits.appliedSequence();
    }

    /**
     * True for an index that was never committed, was recreated because it was corrupt, or has an
     * old schema version: rebuild it from the database.
     */
    public boolean needsRebuild() {
        return commits.needsRebuild();
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
        return bulk.importAll(items, sequence, threads, listener);
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
        return bulk.rebuild(items, sequence, commits.origin(), threads, listener);
    }

    /** Like {@link #rebuild(Iterator, long, int, RebuildListener)}, recording the {@link #origin()} of the contents. */
    public long rebuild(
            Iterator<ItemDocument> items, long sequence, String origin, int threads, RebuildListener listener)
            throws IOException {
        return bulk.rebuild(items, sequence, origin, threads, listener);
    }

    /** Makes every change applied so far visible to searches now (blocking). */
    public void refresh() throws IOException {
        searchers.refresh();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return searchers.withSearcher(s -> itemSearcher.search(s, request));
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
        return searchers.withSearcher(s -> similarFinder.find(s, f));
    }

    /**
     * Briefing columns for {@code item} voted by its nearest tagged neighbours (its own id never
     * votes), among {@code offered} column names (empty: any).
     */
    public List<ColumnSuggester.Suggestion> suggestColumns(ItemDocument item, Set<String> offered) throws IOException {
        ItemFeatures f = features(item);
        return searchers.withSearcher(
                s -> columnSuggester.suggest(s, f, idfCache.forReader(s.getIndexReader()), offered));
    }

    /** Groups a batch (e.g. a week's inbox) into events; idf comes from the archive. */
    public List<EventCluster> cluster(List<ItemDocument> batch) throws IOException {
        List<ItemFeatures> fs = new ArrayList<>(batch.size());
        for (ItemDocument d : batch) {
            fs.add(features(d));
        }
        return searchers.withSearcher(s -> clusterer.cluster(fs, idfCache.forReader(s.getIndexReader())));
    }

    /** The evidence comparing two items (not necessarily indexed), with idf from the archive. */
    public SimilarityEvidence explain(ItemDocument a, ItemDocument b) throws IOException {
        return searchers.withSearcher(
                s -> classifier.evidence(features(a), features(b), idfCache.forReader(s.getIndexReader())));
    }

    /** How {@link #findSimilar} would classify a pair with this evidence (null: unrelated). */
    public MatchClass classify(SimilarityEvidence e) {
        return classifier.classify(e);
    }

    /** Number of items visible to searches. */
    public int size() throws IOException {
        return searchers.withSearcher(s -> s.getIndexReader().numDocs());
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

    /** Closes without committing: uncommitted changes are replayed from the outbox next time. */
    @Override
    public void close() throws IOException {
        commits.close(searchers::close);
    }
}
