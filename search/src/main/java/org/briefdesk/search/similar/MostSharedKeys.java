package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The documents holding the most of a set of keys (fingerprint or LSH band keys): the top hits of a
 * disjunction of constant-score term queries (each match scores 1, ties in document order), counted
 * straight from the postings. Most keys match a handful of documents, and the query machinery around
 * them (a weight, a scorer and a terms enum per key and segment) cost many times the counting; one enum
 * per segment seeks the keys in order. Some band keys are common (a stock sentence: tens of thousands of
 * items at 1M), so the postings are merged in document order and only the best {@code n} are kept: no
 * map or sort of every document seen. A key the segment's {@link KeyFilters} rules out is not sought there.
 */
final class MostSharedKeys {
    private static final Comparator<PostingsEnum> BY_DOC = Comparator.comparingInt(PostingsEnum::docID);
    /** Worst first: fewer keys shared, then the later document. */
    private static final Comparator<long[]> WORST_FIRST =
            Comparator.<long[]>comparingLong(e -> e[1]).thenComparing(e -> -e[0]);

    private MostSharedKeys() {}

    /** The {@code n} documents sharing the most of {@code keys} (distinct keys of one field), ties by document id. */
    static List<Integer> top(IndexSearcher searcher, String field, List<String> keys, int n, KeyFilters filters)
            throws IOException {
        if (n <= 0) {
            return List.of();
        }
        List<BytesRef> sorted = keys.stream().map(BytesRef::new).sorted().toList();
        long[] hashes = new long[sorted.size()];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = KeyFilters.hash(sorted.get(k));
        }
        PriorityQueue<long[]> best = new PriorityQueue<>(n + 1, WORST_FIRST); // {doc, shared keys}
        PriorityQueue<PostingsEnum> postings = new PriorityQueue<>(Math.max(1, sorted.size()), BY_DOC);
        for (LeafReaderContext leaf : searcher.getTopReaderContext().leaves()) {
            Terms inLeaf = leaf.reader().terms(field);
            if (inLeaf == null) {
                continue;
            }
            TermsEnum e = inLeaf.iterator();
            long[] filter = filters.filter(leaf.reader(), field);
            for (int k = 0; k < hashes.length; k++) {
                BytesRef key = sorted.get(k);
                if (KeyFilters.mayContain(filter, hashes[k]) && e.seekExact(key)) {
                    PostingsEnum p = e.postings(null, PostingsEnum.NONE);
                    p.nextDoc();
                    postings.add(p);
                }
            }
            Bits live = leaf.reader().getLiveDocs();
            while (!postings.isEmpty()) {
                int doc = postings.peek().docID();
                int shared = 0;
                while (!postings.isEmpty() && postings.peek().docID() == doc) {
                    PostingsEnum p = postings.poll();
                    shared++;
                    if (p.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        postings.add(p);
                    }
                }
                if (live == null || live.get(doc)) {
                    offer(best, n, leaf.docBase + doc, shared);
                }
            }
        }
        List<long[]> out = new ArrayList<>(best);
        out.sort(WORST_FIRST.reversed());
        return out.stream().map(x -> (int) x[0]).toList();
    }

    private static void offer(PriorityQueue<long[]> best, int n, int doc, int shared) {
        if (best.size() < n) {
            best.add(new long[] {doc, shared});
        } else if (shared > best.peek()[1]) { // a later document never wins a tie
            best.poll();
            best.add(new long[] {doc, shared});
        }
    }
}
