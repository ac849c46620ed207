package org.briefdesk.search.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.briefdesk.search.document.ItemFields;

/**
 * Body-field idf, cached: comparing one item with 40 candidates touches thousands of terms, and a
 * docFreq lookup per term per call would cost more than the comparison. idf moves slowly, so the
 * cache is only dropped when the archive size changed by more than 10% or it grew too large.
 */
public final class IdfCache {
    private static final int MAX_ENTRIES = 400_000;

    private final AtomicLong generations = new AtomicLong();
    private volatile Generation current;

    /**
     * One filling of the cache. A term's idf is computed once per generation (by whichever reader
     * asked first) and never changes afterwards, so anything derived from a generation's idf — a
     * cached summary's norm — stays exact for as long as the generation's number is the same.
     */
    private record Generation(long number, int numDocs, ConcurrentHashMap<String, Float> idf, float[] byId) {}

    /**
     * Ids of the summary cache's dictionary held per generation ({@link Idf#applyAsDouble(String, int)}):
     * its ids stay below its size bound, with room for ids lost to racing adds.
     */
    static final int IDS = SummaryCache.MAX_SHARED_STRINGS + (1 << 16);

    /** The idf function of one generation, with that generation's number. */
    public static final class Idf implements ToDoubleFunction<String> {
        private final long generation;
        private final ConcurrentHashMap<String, Float> cache;
        private final float[] byId;
        private final IndexReader reader;
        private final int numDocs;

        private Idf(Generation g, IndexReader reader, int numDocs) {
            this.generation = g.number();
            this.cache = g.idf();
            this.byId = g.byId();
            this.reader = reader;
            this.numDocs = numDocs;
        }

        /** Equal numbers: equal idf for every term. */
        public long generation() {
            return generation;
        }

        @Override
        public double applyAsDouble(String term) {
            // A plain get first: computeIfAbsent locks the bin even when the term is there, and the
            // index workers all look up the same few thousand terms (a tenth of their time in the profile).
            Float idf = cache.get(term);
            return idf != null ? idf : cache.computeIfAbsent(term, t -> idf(reader, numDocs, t));
        }

        /**
         * The idf of {@code term}, whose id in the summary cache's dictionary is {@code id} (-1: none):
         * the same value, kept in an array by id, so that a summary's ~96 terms are weighed by array
         * reads instead of map look-ups (their strings' hashes crowd the map's bins).
         */
        public double applyAsDouble(String term, int id) {
            if (id < 0 || id >= byId.length) {
                return applyAsDouble(term);
            }
            float v = byId[id];
            if (Float.isNaN(v)) {
                v = (float) applyAsDouble(term); // the map's Float: exact
                byId[id] = v; // racing threads store the same value
            }
            return v;
        }
    }

    /** An idf function for this reader: BM25's idf, log(1 + (N − df + 0.5) / (df + 0.5)). */
    public Idf forReader(IndexReader reader) {
        int n = Math.max(1, reader.numDocs());
        Generation g = current;
        if (g == null
                || Math.abs(n - g.numDocs()) > g.numDocs() / 10 + 10
                || g.idf().size() > MAX_ENTRIES) {
            float[] byId = new float[IDS];
            Arrays.fill(byId, Float.NaN);
            g = new Generation(generations.incrementAndGet(), n, new ConcurrentHashMap<>(), byId);
            current = g;
        }
        return new Idf(g, reader, n);
    }

    private static float idf(IndexReader reader, int n, String term) {
        try {
            int df = reader.docFreq(new Term(ItemFields.BODY, term));
            return (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
