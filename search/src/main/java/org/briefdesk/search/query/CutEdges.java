package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The indexed terms a token at a stretch's cut edge may be part of: a copied stretch that ends inside
 * a Latin word (比起BS of BSD, 、We of Web) or on the first character of a bigram (然而，还 of 还是) has,
 * as its last token, the beginning of the term the index holds there; one that starts inside a Latin
 * word (mb目录 of smb) has its end. Bounded: the token itself and at most {@link #MAX_EXPANSIONS} of the
 * longer terms, the most frequent first, found by scanning at most a few thousand terms.
 */
final class CutEdges {
    /** Longer terms added beside the token itself: each is a postings list the phrase position unions. */
    static final int MAX_EXPANSIONS = 16;
    /** Terms sharing a prefix that are looked at, at most (a Han character begins a few thousand bigrams). */
    static final int MAX_PREFIX_SCAN = 8_192;
    /**
     * Latin terms looked at for a suffix (they sort before every Han bigram); an archive with more Latin
     * terms than this does not expand a stretch's first word.
     */
    static final int MAX_SUFFIX_SCAN = 50_000;

    private CutEdges() {}

    /** {@code token} and the most frequent longer terms of {@code field} that begin with it. */
    static Term[] startingWith(IndexReader reader, String field, String token) {
        return expand(reader, field, token, CutEdges::withPrefix);
    }

    /** {@code token} (Latin) and the most frequent longer Latin terms of {@code field} that end with it. */
    static Term[] endingWith(IndexReader reader, String field, String token) {
        return expand(reader, field, token, CutEdges::withSuffix);
    }

    /** Offers the longer terms an edge token may be part of; false when it gave up (the token stays alone). */
    private interface Scan {
        boolean offer(TermsEnum te, BytesRef token, Expansions found) throws IOException;
    }

    private static Term[] expand(IndexReader reader, String field, String token, Scan scan) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            Expansions found = new Expansions(field, token);
            if (terms != null && !scan.offer(terms.iterator(), new BytesRef(token), found)) {
                return new Term[] {new Term(field, token)};
            }
            return found.terms();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean withPrefix(TermsEnum te, BytesRef prefix, Expansions found) throws IOException {
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return true;
        }
        int scanned = 0;
        for (BytesRef t = te.term();
                t != null && StringHelper.startsWith(t, prefix) && scanned++ < MAX_PREFIX_SCAN;
                t = te.next()) {
            if (t.length > prefix.length) {
                found.offer(t.utf8ToString(), te.docFreq());
            }
        }
        return true;
    }

    private static boolean withSuffix(TermsEnum te, BytesRef suffix, Expansions found) throws IOException {
        int scanned = 0;
        // Terms in UTF-8 order: every term of ASCII first byte comes before the Han bigrams.
        for (BytesRef t = te.next(); t != null && (t.bytes[t.offset] & 0x80) == 0; t = te.next()) {
            if (++scanned > MAX_SUFFIX_SCAN) {
                return false;
            }
            if (t.length > suffix.length && StringHelper.endsWith(t, suffix)) {
                found.offer(t.utf8ToString(), te.docFreq());
            }
        }
        return true;
    }

    /** The token first, then the kept longer terms, most frequent first (ties in term order). */
    private static final class Expansions {
        private record Found(String term, int docFreq) {}

        private static final Comparator<Found> WORST_FIRST =
                Comparator.comparingInt(Found::docFreq).thenComparing(Found::term, Comparator.reverseOrder());

        private final String field;
        private final String token;
        private final PriorityQueue<Found> kept = new PriorityQueue<>(WORST_FIRST);

        Expansions(String field, String token) {
            this.field = field;
            this.token = token;
        }

        void offer(String term, int docFreq) {
            kept.add(new Found(term, docFreq));
            if (kept.size() > MAX_EXPANSIONS) {
                kept.poll();
            }
        }

        Term[] terms() {
            List<Found> best = new ArrayList<>(kept);
            best.sort(WORST_FIRST.reversed());
            Term[] out = new Term[best.size() + 1];
            out[0] = new Term(field, token);
            for (int i = 0; i < best.size(); i++) {
                out[i + 1] = new Term(field, best.get(i).term());
            }
            return out;
        }
    }
}
