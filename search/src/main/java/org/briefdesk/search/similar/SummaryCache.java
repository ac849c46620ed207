package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.briefdesk.search.document.ItemFields;

/**
 * The decoded {@link FeatureSummary} of each document read by a duplicate lookup, kept per segment
 * core and dropped when the core closes. The same archive items are candidates of lookup after lookup
 * (about 60 per lookup over a 20k archive, most of them seen before), and decoding a summary — its
 * ~96 terms into strings, its entities into a set — was a third of judging it. A summary's doc value
 * never changes within a core, so a cached one is the one the doc value would give. Bounded: once
 * {@link #MAX_SUMMARIES} are held, further summaries are decoded as before without being kept. Terms,
 * entities and units are shared among the cached summaries through one dictionary (one string and one
 * id per distinct string, ids never reused), which keeps them small and lets a lookup match a
 * summary's terms by id ({@link LookupTerms}).
 */
final class SummaryCache {
    /** About 2 KB each with shared terms: at most ~80 MB. */
    static final int MAX_SUMMARIES = 40_000;
    /**
     * Distinct strings in the dictionary; past this, new strings are neither shared nor given an id
     * (a lookup then matches those terms by their text: only speed is lost, never an answer).
     */
    static final int MAX_SHARED_STRINGS = 300_000;

    private final Map<IndexReader.CacheKey, AtomicReferenceArray<CachedSummary>> cores = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    /**
     * Verified candidates' texts (~8 KB each shingled): the possible duplicates of one lookup are
     * often those of the next (same-topic reports sharing stock sentences), and reading and
     * shingling their stored text again was most of verifying them.
     */
    static final int MAX_TEXTS = 4_000;

    private final AtomicInteger texts = new AtomicInteger();
    private final ConcurrentHashMap<String, Shared> strings = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** A dictionary entry: the one string kept for its text, and its id. */
    private record Shared(String text, int id) {}

    /**
     * One lookup's reader of one segment's summaries: the segment's cached summaries are found once,
     * and its doc values are opened only when a summary is not cached. Documents must be asked in
     * ascending order.
     */
    final class Segment {
        private final LeafReader leaf;
        private final AtomicReferenceArray<CachedSummary> docs;
        private BinaryDocValues dv;

        private Segment(LeafReader leaf) {
            this.leaf = leaf;
            this.docs = docs(leaf);
        }

        /** The summary of segment-relative document {@code doc}, or null when it has none. */
        CachedSummary get(int doc) throws IOException {
            CachedSummary s = docs == null ? null : docs.get(doc);
            if (s != null) {
                return s;
            }
            if (dv == null) {
                dv = leaf.getBinaryDocValues(ItemFields.FEATURES);
            }
            return decode(docs, dv, doc);
        }
    }

    /** A reader of {@code leaf}'s summaries for one lookup. */
    Segment segment(LeafReader leaf) {
        return new Segment(leaf);
    }

    /**
     * The summary of document {@code doc} of {@code leaf} (segment-relative), or null when it has
     * none. {@code dv} is the leaf's {@code FEATURES} doc values, asked in ascending doc order.
     */
    CachedSummary get(LeafReader leaf, BinaryDocValues dv, int doc) throws IOException {
        AtomicReferenceArray<CachedSummary> docs = docs(leaf);
        CachedSummary s = docs == null ? null : docs.get(doc);
        return s != null ? s : decode(docs, dv, doc);
    }

    private CachedSummary decode(AtomicReferenceArray<CachedSummary> docs, BinaryDocValues dv, int doc)
            throws IOException {
        if (dv == null || !dv.advanceExact(doc)) {
            return null;
        }
        CachedSummary s;
        FeatureSummary decoded = FeatureSummary.decode(dv.binaryValue(), this::shared);
        String[] terms = decoded.terms();
        int[] termIds = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termIds[i] = id(terms[i]);
        }
        s = new CachedSummary(decoded, termIds);
        if (docs != null && held.get() < MAX_SUMMARIES && docs.compareAndSet(doc, null, s)) {
            held.incrementAndGet();
            s.held();
        }
        return s;
    }

    /** Keeps a held summary's verified text, within {@link #MAX_TEXTS}. */
    void keepText(CachedSummary s, CachedSummary.Text text) {
        if (s.isHeld() && texts.get() < MAX_TEXTS && s.keepText(text)) {
            texts.incrementAndGet();
        }
    }

    /** Texts kept now (for tests). */
    int texts() {
        return texts.get();
    }

    /** Summaries held now (for tests). */
    int held() {
        return held.get();
    }

    /** The id of {@code term} in the dictionary, or -1 when it has none. */
    int id(String term) {
        Shared e = strings.get(term);
        return e == null ? -1 : e.id();
    }

    private AtomicReferenceArray<CachedSummary> docs(LeafReader leaf) {
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) {
            return null;
        }
        IndexReader.CacheKey key = core.getKey();
        AtomicReferenceArray<CachedSummary> docs = cores.get(key);
        if (docs == null) {
            AtomicReferenceArray<CachedSummary> fresh = new AtomicReferenceArray<>(leaf.maxDoc());
            docs = cores.putIfAbsent(key, fresh);
            if (docs == null) {
                docs = fresh;
                core.addClosedListener(closed -> release(key));
            }
        }
        return docs;
    }

    private void release(IndexReader.CacheKey key) {
        AtomicReferenceArray<CachedSummary> docs = cores.remove(key);
        if (docs == null) {
            return;
        }
        int n = 0;
        int t = 0;
        for (int i = 0; i < docs.length(); i++) {
            CachedSummary s = docs.get(i);
            if (s != null) {
                n++;
                t += s.text() != null ? 1 : 0;
            }
        }
        held.addAndGet(-n);
        texts.addAndGet(-t);
    }

    private String shared(String s) {
        Shared had = strings.get(s);
        if (had != null) {
            return had.text();
        }
        if (strings.size() >= MAX_SHARED_STRINGS) {
            return s;
        }
        // An id is taken even when another thread adds the same string first: ids only need to differ.
        had = strings.putIfAbsent(s, new Shared(s, ids.getAndIncrement()));
        return had == null ? s : had.text();
    }
}
