package org.briefdesk.search.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The length norms of the word fields of every open segment, read once into arrays (one byte per
 * document and field), keyed by the segment core and dropped when the core closes. A term's BM25 score
 * reads its document's norm: through the index file that is a guarded buffer read per term and match,
 * and at 1M items, where the first pass scores hundreds of thousands of matches of 4–10 terms, it was a
 * sixth of the first pass. The values are the index's own, so the scores are too.
 */
final class SegmentNorms {
    private final List<String> fields;
    private final Map<Object, LeafReader> bySegment = new ConcurrentHashMap<>();

    SegmentNorms(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Whether {@code field}'s norms are kept here. */
    boolean keeps(String field) {
        return fields.contains(field);
    }

    /**
     * A reader that gives the segment's norms of the kept fields from the arrays; it serves nothing else
     * (a term scorer reads its norms from it, its postings from the segment).
     */
    LeafReader of(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return read(reader); // a reader without a stable core (none of ours): not kept
        }
        LeafReader kept = bySegment.get(core.getKey());
        if (kept == null) {
            kept = read(reader);
            if (bySegment.putIfAbsent(core.getKey(), kept) == null) {
                core.addClosedListener(bySegment::remove);
            } else {
                kept = bySegment.get(core.getKey());
            }
        }
        return kept;
    }

    /** Reads the norms of every segment not kept yet (called for each new searcher). */
    void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf);
        }
    }

    /** Segments currently kept. */
    int size() {
        return bySegment.size();
    }

    private LeafReader read(LeafReader reader) throws IOException {
        Map<String, Norms> norms = new HashMap<>();
        for (String f : fields) {
            Norms n = Norms.read(reader, f);
            if (n != null) {
                norms.put(f, n);
            }
        }
        return new NormsOnly(reader, norms);
    }

    /** One field's norms of one segment: the byte value of each document, and which documents have one. */
    record Norms(byte[] values, FixedBitSet has, int count) {
        /** Null when the field has no norms here or a value does not fit a byte (then read from the index). */
        static Norms read(LeafReader reader, String field) throws IOException {
            NumericDocValues in = reader.getNormValues(field);
            if (in == null) {
                return null;
            }
            byte[] values = new byte[reader.maxDoc()];
            FixedBitSet has = new FixedBitSet(reader.maxDoc());
            int count = 0;
            for (int d = in.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = in.nextDoc()) {
                long v = in.longValue();
                if (v != (byte) v) {
                    return null;
                }
                values[d] = (byte) v;
                has.set(d);
                count++;
            }
            return new Norms(values, has, count);
        }
    }

    /** The segment reader with its kept fields' norms from the arrays. */
    private static final class NormsOnly extends FilterLeafReader {
        private final Map<String, Norms> norms;

        NormsOnly(LeafReader in, Map<String, Norms> norms) {
            super(in);
            this.norms = norms;
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Norms n = norms.get(field);
            return n == null ? in.getNormValues(field) : new ArrayNorms(n);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** A norms iterator over the arrays: advancing is setting the document. */
    private static final class ArrayNorms extends NumericDocValues {
        private final byte[] values;
        private final FixedBitSet has;
        private final int count;
        private int doc = -1;

        ArrayNorms(Norms n) {
            this.values = n.values();
            this.has = n.has();
            this.count = n.count();
        }

        @Override
        public long longValue() {
            return values[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return has.get(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int next = target >= has.length() ? NO_MORE_DOCS : has.nextSetBit(target);
            return doc = next;
        }

        @Override
        public long cost() {
            return count;
        }
    }
}
