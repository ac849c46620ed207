package org.briefdesk.search.query;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per segment, the items of a stretch's phrase filters, kept from their first use: the items a phrase
 * alternative matches outside the stretch's words ({@link OutsideWords}), and the items of a typed term's
 * title phrase. In the first pass these sets lead their phrase, so it is advanced only to the items that
 * have it, instead of along bigram postings as long as the words' (志愿, 服务 are in half of a million
 * items); the scores are the phrase's, unchanged. Computing one reads the phrase's postings whole, and the
 * same stretches recur from one search to the next; Lucene's own query cache waits for several uses and
 * skips the smaller segments. Bounded (least recently used out); an entry belongs to one segment's core,
 * which stays the same when a refreshed reader deletes items of it (the collector rules those out, as for
 * any filter), and goes when the core is closed.
 */
final class StretchSetCache {
    static final int MAX_ENTRIES = 4096;
    static final long MAX_BYTES = 48L << 20;

    private final Map<Key, Kept> entries = new LinkedHashMap<>(256, 0.75f, true);
    /** The segment cores that have entries: their entries go when the core is closed (merged away). */
    private final Set<Object> segments = new HashSet<>();

    private long bytes;

    /** @param frequencies the phrase's items with their frequencies, rather than the filter's items */
    private record Key(Object segment, Query filter, boolean frequencies) {}

    /** What is kept: a filter's items, or a phrase's items with their frequencies. */
    private interface Kept {
        long bytes();
    }

    /** A phrase's items in one segment (sorted) and how often it occurs in each. */
    record Frequencies(int[] docs, byte[] frequencies, int size) implements Kept {
        @Override
        public long bytes() {
            return 32L + 5L * docs.length;
        }

        int doc(int i) {
            return docs[i];
        }

        float frequency(int i) {
            return frequencies[i];
        }

        /** The first index from {@code from} on whose item is at least {@code target}, or {@link #size}. */
        int next(int from, int target) {
            // gallop, then bisect: the first pass advances both in small steps and across long gaps
            int step = 1;
            int hi = from;
            while (hi < size && docs[hi] < target) {
                from = hi + 1;
                hi += step;
                step <<= 1;
            }
            hi = Math.min(hi, size);
            int lo = from;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (docs[mid] < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Sorted doc ids, or a bit set when many. */
    private record Entry(int[] docs, int size, FixedBitSet bits) implements Kept {
        @Override
        public long bytes() {
            return bits != null ? bits.ramBytesUsed() : 16L + 4L * docs.length;
        }

        DocIdSetIterator iterator() {
            if (bits != null) {
                return new BitSetIterator(bits, size);
            }
            return new SortedDocs(docs, size);
        }
    }

    /** {@code filter} through this cache (never scored). */
    Query cached(Query filter) {
        return new Cached(filter, this);
    }

    private synchronized Kept get(Key k) {
        return entries.get(k);
    }

    /**
     * {@code phrase}'s items in {@code context}'s segment with their frequencies, kept from the first call;
     * null when an item has the phrase more often than a kept list holds (127 times).
     */
    Frequencies frequencies(LeafReaderContext context, PhraseQuery phrase) throws IOException {
        IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
        Key key = helper == null ? null : new Key(helper.getKey(), phrase, true);
        Kept kept = key == null ? null : get(key);
        if (kept != null) {
            return kept instanceof Frequencies f ? f : null;
        }
        Frequencies f = countOccurrences(context, phrase);
        if (key != null) {
            put(helper, key, f == null ? new Entry(new int[0], 0, null) : f);
        }
        return f;
    }

    /** A similarity whose score is the frequency: Lucene's phrase matcher counts, this reads the count. */
    private static final Similarity FREQUENCY = new Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
            throw new UnsupportedOperationException("searching only");
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return freq;
                }
            };
        }
    };

    private static Frequencies countOccurrences(LeafReaderContext context, PhraseQuery phrase) throws IOException {
        IndexSearcher segment = new IndexSearcher(context.reader());
        segment.setSimilarity(FREQUENCY);
        segment.setQueryCache(null);
        Weight w = segment.createWeight(segment.rewrite(phrase), ScoreMode.COMPLETE, 1f);
        Scorer s = w.scorer(segment.getIndexReader().leaves().get(0));
        int[] docs = new int[16];
        byte[] freqs = new byte[16];
        int n = 0;
        if (s != null) {
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                float f = s.score();
                if (f > Byte.MAX_VALUE) {
                    return null;
                }
                docs = ArrayUtil.grow(docs, n + 1);
                freqs = ArrayUtil.grow(freqs, n + 1);
                docs[n] = d;
                freqs[n] = (byte) f;
                n++;
            }
        }
        return new Frequencies(ArrayUtil.copyOfSubArray(docs, 0, n), ArrayUtil.copyOfSubArray(freqs, 0, n), n);
    }

    private void put(IndexReader.CacheHelper helper, Key k, Kept e) {
        boolean first;
        synchronized (this) {
            first = segments.add(k.segment());
            store(k, e);
        }
        if (first) {
            helper.addClosedListener(this::dropSegment);
        }
    }

    private synchronized void dropSegment(Object segment) {
        segments.remove(segment);
        var it = entries.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().segment() == segment) {
                bytes -= e.getValue().bytes();
                it.remove();
            }
        }
    }

    /** The number of kept sets (for tests). */
    synchronized int size() {
        return entries.size();
    }

    private void store(Key k, Kept e) {
        Kept old = entries.put(k, e);
        bytes += e.bytes() - (old == null ? 0 : old.bytes());
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && it.hasNext()) {
            bytes -= it.next().getValue().bytes();
            it.remove();
        }
    }

    private static Entry collect(DocIdSetIterator it, int maxDoc) throws IOException {
        int[] docs = new int[16];
        int n = 0;
        FixedBitSet bits = null;
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            if (bits != null) {
                bits.set(d);
            } else if (n == docs.length && n >= maxDoc / 32) {
                bits = new FixedBitSet(maxDoc);
                for (int i = 0; i < n; i++) {
                    bits.set(docs[i]);
                }
                bits.set(d);
            } else {
                docs = ArrayUtil.grow(docs, n + 1);
                docs[n] = d;
            }
            n++;
        }
        return bits != null ? new Entry(null, n, bits) : new Entry(ArrayUtil.copyOfSubArray(docs, 0, n), n, null);
    }

    private static final class Cached extends Query {
        private final Query filter;
        private final StretchSetCache cache;

        Cached(Query filter, StretchSetCache cache) {
            this.filter = filter;
            this.cache = cache;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query f = filter.rewrite(searcher);
            return f == filter ? this : new Cached(f, cache);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight in = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
            return new Weight(this) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    // Deleted items are ruled out by the collector, as for any filter: the core suffices.
                    IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
                    Key key = helper == null ? null : new Key(helper.getKey(), filter, false);
                    Entry e = key == null ? null : (Entry) cache.get(key);
                    if (e == null) {
                        Scorer s = in.scorer(context);
                        if (s == null) {
                            e = new Entry(new int[0], 0, null);
                        } else {
                            e = collect(s.iterator(), context.reader().maxDoc());
                        }
                        if (key != null) {
                            cache.put(helper, key, e);
                        }
                    }
                    return e.size() == 0 ? null : new ConstantScoreScorer(this, 0f, scoreMode, e.iterator());
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    return in.explain(context, doc);
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // cached here already
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            filter.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return filter.toString(field);
        }

        /** Equal when the filters are, whichever cache keeps their items (as {@link KeptPhrase}). */
        @Override
        public boolean equals(Object o) {
            return sameClassAs(o) && filter.equals(((Cached) o).filter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), filter);
        }
    }

    /** An iterator over sorted doc ids. */
    private static final class SortedDocs extends DocIdSetIterator {
        private final int[] docs;
        private final int size;
        private int i = -1;
        private int doc = -1;

        SortedDocs(int[] docs, int size) {
            this.docs = docs;
            this.size = size;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc = ++i < size ? docs[i] : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            while (++i < size) {
                if (docs[i] >= target) {
                    return doc = docs[i];
                }
            }
            return doc = NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return size;
        }
    }
}
