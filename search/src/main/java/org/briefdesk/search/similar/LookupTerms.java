package org.briefdesk.search.similar;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The distinct terms of the candidates' summaries in one duplicate lookup, each weighed and matched
 * against the item once. A lookup reads some 60 summaries of ~96 terms that share most of their
 * vocabulary; hashing every term again for its idf and once more for the item's count was a seventh
 * of a lookup's time. The summaries come from {@link SummaryCache}, whose terms are shared strings:
 * a term is found here by its cached hash and, nearly always, by identity. Not thread-safe: one table
 * per lookup.
 */
final class LookupTerms {
    private final Map<String, Integer> item;
    private final ToDoubleFunction<String> idf;

    /**
     * Open addressing: each entry holds a term's hash (high half) and slot + 1 (low half; 0 when
     * free), so a probe compares hashes without touching the slots' arrays.
     */
    private long[] table = new long[8192];

    private int size;
    private String[] texts = new String[2048];
    private int[] itemCounts = new int[2048];
    private double[] idfs = new double[2048];

    /**
     * @param item the item's term vector (term → frequency), to which every candidate is compared
     * @param idf the idf of a term in the searcher's reader, asked once per distinct term
     */
    LookupTerms(Map<String, Integer> item, ToDoubleFunction<String> idf) {
        this.item = item;
        this.idf = idf;
    }

    /** The slot of {@code term}, added on first sight. */
    int slot(String term) {
        int h = spread(term.hashCode());
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long entry = table[i];
            if (entry == 0) {
                int s = add(term);
                table[i] = ((long) h << 32) | (s + 1);
                if (size * 2 > table.length) {
                    rehash();
                }
                return s;
            }
            int s = (int) entry - 1;
            if ((int) (entry >>> 32) == h && (texts[s] == term || texts[s].equals(term))) {
                return s;
            }
        }
    }

    /** The term's frequency in the item, 0 when the item lacks it. */
    int itemCount(int slot) {
        return itemCounts[slot];
    }

    /** The term's idf, from the function given, asked at most once. */
    double idf(int slot) {
        double w = idfs[slot];
        if (Double.isNaN(w)) {
            w = idf.applyAsDouble(texts[slot]);
            idfs[slot] = w;
        }
        return w;
    }

    private int add(String term) {
        if (size == texts.length) {
            int n = size * 2;
            texts = Arrays.copyOf(texts, n);
            itemCounts = Arrays.copyOf(itemCounts, n);
            idfs = Arrays.copyOf(idfs, n);
        }
        int s = size++;
        texts[s] = term;
        Integer count = item.get(term);
        itemCounts[s] = count == null ? 0 : count;
        idfs[s] = Double.NaN;
        return s;
    }

    private void rehash() {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int i = (int) (entry >>> 32) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = entry;
            }
        }
        table = bigger;
    }

    private static int spread(int h) {
        h *= 0x9E3779B1; // spread into the low bits the table masks
        return h ^ (h >>> 15);
    }
}
