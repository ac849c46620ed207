package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The per-segment states of the more-like-this terms, kept for as long as the searcher's reader is
 * the current one. An import's lookups all run on the reader refreshed after their pass, and items
 * of one district share most of their distinctive terms and entities: looking each term up once per
 * reader instead of once per lookup removes most of the seeks that were a tenth of a lookup's time.
 * A state is immutable once registered, so the lookups share it across threads; the queries built
 * with it score exactly as with freshly built ones (same states, same document frequencies).
 */
final class ReaderTermStates {
    /** Terms kept per reader at most; past it, states are built per lookup as before. */
    static final int MAX_TERMS = 100_000;

    private record Cache(IndexReader reader, ConcurrentHashMap<Term, TermStates> states) {}

    private volatile Cache cache = new Cache(null, new ConcurrentHashMap<>());

    /** The states of {@code terms} of one field in the searcher's reader. */
    Map<String, TermStates> of(IndexSearcher searcher, String field, Collection<String> terms) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Cache c = cache;
        if (c.reader() != reader) {
            c = new Cache(reader, new ConcurrentHashMap<>());
            cache = c; // a lookup still on the old reader keeps its own cache: it never mixes readers
        }
        IndexReaderContext top = searcher.getTopReaderContext();
        Map<String, TermStates> out = new HashMap<>();
        TreeMap<BytesRef, TermStates> missing = new TreeMap<>();
        for (String text : terms) {
            TermStates known = c.states().get(new Term(field, text));
            if (known != null) {
                out.put(text, known);
            } else {
                missing.computeIfAbsent(new BytesRef(text), b -> new TermStates(top));
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        register(top, field, missing);
        boolean keep = c.states().size() < MAX_TERMS;
        for (Map.Entry<BytesRef, TermStates> m : missing.entrySet()) {
            String text = m.getKey().utf8ToString();
            out.put(text, m.getValue());
            if (keep) {
                c.states().putIfAbsent(new Term(field, text), m.getValue());
            }
        }
        return out;
    }

    /** Seeks the terms in order, one terms enum per segment (a new enum per term and segment cost more). */
    private static void register(IndexReaderContext top, String field, TreeMap<BytesRef, TermStates> sorted)
            throws IOException {
        for (LeafReaderContext leaf : top.leaves()) {
            Terms inLeaf = leaf.reader().terms(field);
            if (inLeaf == null) {
                continue;
            }
            TermsEnum e = inLeaf.iterator();
            for (Map.Entry<BytesRef, TermStates> term : sorted.entrySet()) {
                if (e.seekExact(term.getKey())) {
                    term.getValue().register(e.termState(), leaf.ord, e.docFreq(), e.totalTermFreq());
                }
            }
        }
    }
}
