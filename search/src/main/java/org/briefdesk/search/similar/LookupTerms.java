package org.briefdesk.search.similar;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The item's side of one duplicate lookup: each of its terms weighed once (idf, 1 + ln tf), held
 * under the term's id in the {@link SummaryCache}'s dictionary, so that a candidate's terms are
 * matched by their ids in a small table that stays in the cache. Hashing and comparing each
 * candidate's ~96 term strings (the shared strings scattered over the heap) was most of judging
 * a candidate. A candidate term without an id (the dictionary was full) is matched by its text.
 * Not thread-safe: one table per lookup.
 */
final class LookupTerms {
    private final Map<String, Integer> item;
    private final ToDoubleFunction<String> idf;
    private final double norm;

    /** Open addressing on ids: id + 1, 0 when free. */
    private final int[] keys;

    private final double[] idfs;
    private final double[] logTfs;

    /**
     * @param item the item's term vector (term → frequency), to which every candidate is compared
     * @param idf the idf of a term in the searcher's reader, asked once per item term
     * @param ids a term's id in the dictionary, -1 when it has none; asked after the lookup's
     *     candidates were decoded, so that every id one of them holds is known
     */
    LookupTerms(Map<String, Integer> item, ToDoubleFunction<String> idf, ToIntFunction<String> ids) {
        this.item = item;
        this.idf = idf;
        int size = 16;
        while (size < item.size() * 2) {
            size *= 2;
        }
        keys = new int[size];
        idfs = new double[size];
        logTfs = new double[size];
        int mask = size - 1;
        double squares = 0;
        for (Map.Entry<String, Integer> e : item.entrySet()) {
            int id = ids.applyAsInt(e.getKey());
            double lt = CachedSummary.logTf(e.getValue());
            double w = idf instanceof IdfCache.Idf byId
                    ? byId.applyAsDouble(e.getKey(), id)
                    : idf.applyAsDouble(e.getKey());
            double x = lt * w; // as SimilarityClassifier.norm weighs it
            squares += x * x;
            if (id >= 0) {
                int i = spread(id) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = id + 1;
                idfs[i] = w;
                logTfs[i] = lt;
            }
        }
        norm = Math.sqrt(squares);
    }

    /** {@link SimilarityClassifier#norm} of the item's term vector under this lookup's idf. */
    double norm() {
        return norm;
    }

    /**
     * The cosine of the item with a candidate: the dot product over the terms they share, in the
     * candidate's term order, divided by both norms — the same sums in the same order as term by term.
     */
    double cosine(CachedSummary b) {
        String[] terms = b.summary().terms();
        if (item.isEmpty() || terms.length == 0) {
            return 0;
        }
        int[] ids = b.termIds();
        int[] counts = b.summary().counts();
        int mask = keys.length - 1;
        double dot = 0;
        for (int t = 0; t < terms.length; t++) {
            int id = ids[t];
            double w;
            double lt;
            if (id >= 0) {
                int i = spread(id) & mask;
                int key;
                while ((key = keys[i]) != 0 && key != id + 1) {
                    i = (i + 1) & mask;
                }
                if (key == 0) {
                    continue;
                }
                w = idfs[i];
                lt = logTfs[i];
            } else {
                Integer o = item.get(terms[t]);
                if (o == null) {
                    continue;
                }
                w = idf.applyAsDouble(terms[t]);
                lt = CachedSummary.logTf(o);
            }
            double bw = CachedSummary.logTf(counts[t]) * w;
            dot += lt * bw * w;
        }
        return dot == 0 ? 0 : dot / (norm * Math.sqrt(b.squares(idf)));
    }

    private static int spread(int h) {
        h *= 0x9E3779B1; // spread into the low bits the table masks
        return h ^ (h >>> 15);
    }
}
