package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The decoded {@link FeatureSummary} of each document read by a duplicate lookup, kept per segment
 * core and dropped when the core closes. The same archive items are candidates of lookup after lookup
 * (about 60 per lookup over a 20k archive, most of them seen before), and decoding a summary — its
 * ~96 terms into strings, its entities into a set — was a third of judging it. A summary's doc value
 * never changes within a core, so a cached one is the one the doc value would give. Bounded: once
 * {@link #MAX_SUMMARIES} are held, further summaries are decoded as before without being kept. Terms,
 * entities and units are shared among the cached summaries (one string per distinct term), which keeps
 * them small and lets a lookup's table match a term by its cached hash.
 */
final class SummaryCache {
    /** About 2 KB each with shared terms: at most ~80 MB. */
    static final int MAX_SUMMARIES = 40_000;
    /** Distinct strings shared; past this the sharing starts afresh (only the memory saving is lost). */
    private static final int MAX_SHARED_STRINGS = 300_000;

    private final Map<IndexReader.CacheKey, AtomicReferenceArray<FeatureSummary>> cores = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    private volatile ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    /**
     * The summary of document {@code doc} of {@code leaf} (segment-relative), or null when it has
     * none. {@code dv} is the leaf's {@code FEATURES} doc values, asked in ascending doc order.
     */
    FeatureSummary get(LeafReader leaf, BinaryDocValues dv, int doc) throws IOException {
        AtomicReferenceArray<FeatureSummary> docs = docs(leaf);
        FeatureSummary s = docs == null ? null : docs.get(doc);
        if (s != null) {
            return s;
        }
        if (dv == null || !dv.advanceExact(doc)) {
            return null;
        }
        s = FeatureSummary.decode(dv.binaryValue(), this::shared);
        if (docs != null && held.get() < MAX_SUMMARIES && docs.compareAndSet(doc, null, s)) {
            held.incrementAndGet();
        }
        return s;
    }

    /** Summaries held now (for tests). */
    int held() {
        return held.get();
    }

    private AtomicReferenceArray<FeatureSummary> docs(LeafReader leaf) {
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) {
            return null;
        }
        IndexReader.CacheKey key = core.getKey();
        AtomicReferenceArray<FeatureSummary> docs = cores.get(key);
        if (docs == null) {
            AtomicReferenceArray<FeatureSummary> fresh = new AtomicReferenceArray<>(leaf.maxDoc());
            docs = cores.putIfAbsent(key, fresh);
            if (docs == null) {
                docs = fresh;
                core.addClosedListener(closed -> release(key));
            }
        }
        return docs;
    }

    private void release(IndexReader.CacheKey key) {
        AtomicReferenceArray<FeatureSummary> docs = cores.remove(key);
        if (docs == null) {
            return;
        }
        int n = 0;
        for (int i = 0; i < docs.length(); i++) {
            if (docs.get(i) != null) {
                n++;
            }
        }
        held.addAndGet(-n);
    }

    private String shared(String s) {
        ConcurrentHashMap<String, String> m = strings;
        if (m.size() > MAX_SHARED_STRINGS) {
            m = new ConcurrentHashMap<>();
            strings = m;
        }
        String had = m.putIfAbsent(s, s);
        return had == null ? s : had;
    }
}
