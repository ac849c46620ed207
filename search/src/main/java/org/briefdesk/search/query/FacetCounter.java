package org.briefdesk.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents and their keyword-field values in one pass that does not score:
 * the top page is scored separately, where Lucene can skip non-competitive documents, so a query
 * matching most of the archive no longer pays BM25 for every match. Counts per segment by
 * ordinal from the {@link SegmentFacetCache} arrays (an array read per match and field), without
 * a global ordinal map: nothing has to be rebuilt when the NRT reader changes (it does every
 * refresh).
 */
final class FacetCounter {
    static final int TOP_VALUES = 30;

    /** Exact number of matches and the top values per field. */
    record Counts(long totalHits, Map<String, List<FacetCount>> facets) {}

    private FacetCounter() {}

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
            return new Counts(total, out);
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
