package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A Bloom filter per segment over the terms of a key field (LSH band keys, fingerprints), built once
 * per segment core from its terms and dropped when the core closes. Nearly every band key of a new item is
 * in no other segment (its bands are its own), yet each cost a terms-dictionary seek in every
 * segment: a third of a duplicate lookup's Lucene time. The filter answers "certainly absent" for ~97%
 * of those keys without a seek and never wrongly, so the keys found, and the candidates, are the same.
 * About one byte per term.
 */
final class KeyFilters {
    private static final int HASHES = 3;
    private static final int BITS_PER_TERM = 8;

    private record Key(IndexReader.CacheKey core, String field) {}

    private final Map<Key, long[]> filters = new ConcurrentHashMap<>();

    /**
     * Whether {@code key} may be a term of {@code field} in this segment (false: certainly not), or true
     * when the segment's reader has no core to cache a filter for.
     */
    boolean mayContain(LeafReader leaf, String field, BytesRef key) throws IOException {
        return mayContain(filter(leaf, field), hash(key));
    }

    /**
     * Whether a key of this {@link #hash} may be in the segment whose {@link #filter} this is (a null
     * filter: it may). A lookup finds each segment's filter once and hashes each key once.
     */
    static boolean mayContain(long[] bits, long h) {
        if (bits == null) {
            return true;
        }
        int mask = bits.length * 64 - 1;
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (h1 + i * h2) & mask;
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The filter of {@code field}'s terms in this segment, or null when its reader has no core to cache it for. */
    long[] filter(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) {
            return null;
        }
        Key key = new Key(core.getKey(), field);
        long[] bits = filters.get(key);
        if (bits == null) {
            bits = build(leaf.terms(field));
            if (filters.putIfAbsent(key, bits) == null) {
                core.addClosedListener(closed -> filters.remove(key));
            }
        }
        return bits;
    }

    private static long[] build(Terms terms) throws IOException {
        long size = terms == null ? 0 : terms.size();
        // A power of two of at least BITS_PER_TERM bits per term (the size is known for these fields).
        long wanted = Math.max(64, (size < 0 ? 1 << 20 : size) * BITS_PER_TERM);
        int words = (int) (Long.highestOneBit(Math.min(wanted, 1L << 30) - 1) << 1 >>> 6);
        long[] bits = new long[Math.max(1, words)];
        if (terms == null) {
            return bits;
        }
        int mask = bits.length * 64 - 1;
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            long h = hash(t);
            int h1 = (int) h;
            int h2 = (int) (h >>> 32) | 1;
            for (int i = 0; i < HASHES; i++) {
                int bit = (h1 + i * h2) & mask;
                bits[bit >>> 6] |= 1L << bit;
            }
        }
        return bits;
    }

    static long hash(BytesRef b) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = b.offset; i < b.offset + b.length; i++) {
            h = (h ^ b.bytes[i]) * 0x100000001B3L;
        }
        return TextShingles.mix64(h);
    }
}
