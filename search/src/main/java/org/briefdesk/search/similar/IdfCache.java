package org.briefdesk.search.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
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

    private volatile ConcurrentHashMap<String, Float> cache = new ConcurrentHashMap<>();
    private volatile int cachedNumDocs = -1;

    /** An idf function for this reader: BM25's idf, log(1 + (N − df + 0.5) / (df + 0.5)). */
    public java.util.function.ToDoubleFunction<String> forReader(IndexReader reader) {
        int n = Math.max(1, reader.numDocs());
        if (cachedNumDocs < 0 || Math.abs(n - cachedNumDocs) > cachedNumDocs / 10 + 10 || cache.size() > MAX_ENTRIES) {
            cache = new ConcurrentHashMap<>();
            cachedNumDocs = n;
        }
        ConcurrentHashMap<String, Float> c = cache;
        // A plain get first: computeIfAbsent locks the bin even when the term is there, and the
        // index workers all look up the same few thousand terms (a tenth of their time in the profile).
        return term -> {
            Float idf = c.get(term);
            return idf != null ? idf : c.computeIfAbsent(term, t -> idf(reader, n, t));
        };
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
