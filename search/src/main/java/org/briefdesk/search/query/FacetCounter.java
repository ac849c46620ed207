package org.briefdesk.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;

/**
 * Counts the matching documents and their keyword-field values in one pass that does not score:
 * the top page is scored separately, where Lucene can skip non-competitive documents, so a query
 * matching most of the archive no longer pays BM25 for every match. Counts per segment by
 * ordinal from the {@link SegmentFacetCache} arrays (an array read per match and field), without
 * a global ordinal map: nothing has to be rebuilt when the NRT reader changes (it does every
 * refresh).
 *
 * <p>A query whose postings promise more than {@link #EXACT_LIMIT} matches (a common word matches
 * most of a million items) is counted on an {@link ArchiveSample} instead, and its counts scaled
 * and marked as estimates: counting every match was most of such a search's time.
 */
final class FacetCounter {
    static final int TOP_VALUES = 30;
    /** Up to this many candidate matches (the postings' own estimate) are counted exactly. */
    static final long EXACT_LIMIT = 20_000;
    /** The sparsest sample: one block in 50, 20,000 items of a million. */
    static final int MAX_STRIDE = 50;

    /**
     * Number of matches and the top values per field.
     *
     * @param estimated counted on a sample and scaled (two significant digits): show "约"
     */
    record Counts(long totalHits, Map<String, List<FacetCount>> facets, boolean estimated) {}

    private FacetCounter() {}

    /** The counts of a query known to match nothing: every field, no values (nothing to search again). */
    static Counts none(SegmentFacetCache cache) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String f : cache.fields()) {
            facets.put(f, List.of());
        }
        return new Counts(0, facets, false);
    }

    /** Counts {@code matching}'s hits and values: exactly, or on a sample when that would be costly. */
    static Counts count(IndexSearcher searcher, Query matching, SegmentFacetCache cache) throws IOException {
        int stride = stride(candidates(searcher, matching));
        if (stride == 1) {
            return searcher.search(matching, new Manager(cache));
        }
        ArchiveSample sample = new ArchiveSample(stride);
        Query sampled = new BooleanQuery.Builder()
                .add(matching, BooleanClause.Occur.MUST)
                .add(sample, BooleanClause.Occur.FILTER)
                .build();
        Counts c = searcher.search(sampled, new Manager(cache));
        double scale = searcher.getIndexReader().maxDoc() / (double) sample.size(searcher.getIndexReader());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        c.facets()
                .forEach((f, l) -> facets.put(
                        f,
                        l.stream()
                                .map(v -> new FacetCount(v.value(), (int) estimate(v.count(), scale)))
                                .toList()));
        return new Counts(estimate(c.totalHits(), scale), facets, true);
    }

    /** 1 (count every match) up to {@link #MAX_STRIDE}, so that about {@link #EXACT_LIMIT} candidates are visited. */
    static int stride(long candidates) {
        return candidates <= EXACT_LIMIT ? 1 : (int) Math.min(MAX_STRIDE, (candidates + EXACT_LIMIT - 1) / EXACT_LIMIT);
    }

    /** The postings' estimate of the matches (an upper bound for conjunctions), over all segments. */
    private static long candidates(IndexSearcher searcher, Query matching) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier s = w.scorerSupplier(leaf);
            if (s != null) {
                cost += s.cost();
            }
        }
        return cost;
    }

    /** A sampled count scaled up, to two significant digits: the precision a sample has. */
    static long estimate(long sampled, double scale) {
        double v = sampled * scale;
        if (v < 100) {
            return Math.round(v);
        }
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / unit) * (long) unit;
    }

    /** The counting pass as a collector manager (one collector per search slice). */
    static final class Manager implements CollectorManager<PerSearch, Counts> {
        private final SegmentFacetCache cache;

        Manager(SegmentFacetCache cache) {
            this.cache = cache;
        }

        @Override
        public PerSearch newCollector() {
            return new PerSearch(cache);
        }

        @Override
        public Counts reduce(Collection<PerSearch> parts) {
            long total = 0;
            Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
            for (String f : cache.fields()) {
                merged.put(f, new HashMap<>());
            }
            for (PerSearch p : parts) {
                p.flush();
                total += p.hits;
                p.counts.forEach((f, m) -> m.forEach((v, c) -> merged.get(f).merge(v, c, Integer::sum)));
            }
            Map<String, List<FacetCount>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Integer>> e : merged.entrySet()) {
                List<FacetCount> l = new ArrayList<>();
                e.getValue().forEach((v, c) -> l.add(new FacetCount(v, c)));
                l.sort((a, b) -> a.count() != b.count()
                        ? Integer.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()));
                out.put(e.getKey(), List.copyOf(l.size() > TOP_VALUES ? l.subList(0, TOP_VALUES) : l));
            }
            return new Counts(total, out, false);
        }
    }

    /** One collector (one search slice): per-segment ordinal counts, turned into values per segment. */
    static final class PerSearch extends SimpleCollector {
        final SegmentFacetCache cache;
        final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        long hits;
        private DocOrdinals[] ords;
        private int[][] perOrd;

        PerSearch(SegmentFacetCache cache) {
            this.cache = cache;
            for (String f : cache.fields()) {
                counts.put(f, new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            ords = cache.of(context);
            perOrd = new int[ords.length][];
            for (int i = 0; i < ords.length; i++) {
                perOrd[i] = new int[ords[i].valueCount()];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
            hits++;
            for (int i = 0; i < ords.length; i++) {
                ords[i].count(doc, perOrd[i]);
            }
        }

        /** Adds the finished segment's ordinal counts as values. */
        void flush() {
            if (perOrd == null) {
                return;
            }
            List<String> fields = cache.fields();
            for (int i = 0; i < perOrd.length; i++) {
                int[] c = perOrd[i];
                Map<String, Integer> m = counts.get(fields.get(i));
                for (int o = 0; o < c.length; o++) {
                    if (c[o] > 0) {
                        m.merge(ords[i].value(o), c[o], Integer::sum);
                    }
                }
            }
            perOrd = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
