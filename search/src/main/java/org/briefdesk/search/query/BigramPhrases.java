package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.document.ItemFields;

/**
 * A stretch of text as a phrase of its character bigrams on a title's or body's bigram sub-field:
 * the form that finds the stretch wherever the segmenter cut it, and the only form of a quoted phrase.
 */
final class BigramPhrases {
    private static final String SINGLE = "<SINGLE>";
    private static final String DOUBLE = "<DOUBLE>";

    private final Analyzer bigramAnalyzer;

    BigramPhrases(Analyzer bigramAnalyzer) {
        this.bigramAnalyzer = bigramAnalyzer;
    }

    /** The bigram sub-field of a text field. */
    static String field(String textField) {
        return ItemFields.TITLE.equals(textField) ? ItemFields.TITLE_GRAMS : ItemFields.BODY_GRAMS;
    }

    /** The text's bigrams as a phrase on a bigram field; null when it has fewer than two characters. */
    Query exact(String field, String text) {
        return phrase(field, text, false);
    }

    /**
     * As {@link #exact}, but tokens that a copied fragment may have cut are left out of the phrase: a
     * lone Han character at either end (取 of 听取, whose bigram the index does not have), and, in a
     * stretch of four Han characters or more, a Latin word at either end (O of Options).
     */
    Query trimmed(String field, String text) {
        return phrase(field, text, true);
    }

    /**
     * True unless a word-like stretch (at most {@code wordLikeChars}) has a phrase whose rarest bigram is
     * in at least {@code share} as many items as its rarest word: then the phrase rules out almost nothing
     * its words do not. Without a {@code reader} every phrase counts as selective.
     */
    static boolean selective(
            IndexReader reader, Query phrase, List<String> words, String text, int wordLikeChars, double share) {
        String stretch = text.strip();
        if (reader == null || stretch.codePointCount(0, stretch.length()) > wordLikeChars) {
            return true;
        }
        try {
            long word = Long.MAX_VALUE;
            for (String w : words) {
                word = Math.min(word, reader.docFreq(new Term(ItemFields.BODY, w)));
            }
            Term[] grams =
                    phrase instanceof PhraseQuery pq ? pq.getTerms() : new Term[] {((TermQuery) phrase).getTerm()};
            long gram = Long.MAX_VALUE;
            for (Term t : grams) {
                gram = Math.min(gram, reader.docFreq(t));
            }
            return gram < share * word;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query phrase(String field, String text, boolean trimEdges) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int pos = -1;
        try (TokenStream ts = bigramAnalyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(t.toString());
                positions.add(pos);
                types.add(type.type());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = 0;
        int to = terms.size();
        if (trimEdges) {
            if (to - from >= 3 && SINGLE.equals(types.get(from))) {
                from++;
            }
            if (to - from >= 3 && SINGLE.equals(types.get(to - 1))) {
                to--;
            }
            if (types.subList(from, to).stream().filter(DOUBLE::equals).count() >= 3) {
                if (to - from >= 3 && !isHanType(types.get(from))) {
                    from++;
                }
                if (to - from >= 3 && !isHanType(types.get(to - 1))) {
                    to--;
                }
            }
        }
        int n = to - from;
        if (n == 0
                || (n == 1 && terms.get(from).codePointCount(0, terms.get(from).length()) < 2)) {
            return null; // one character: the bigram field has no unigrams
        }
        if (n == 1) {
            return new TermQuery(new Term(field, terms.get(from)));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = from; i < to; i++) {
            p.add(new Term(field, terms.get(i)), positions.get(i) - positions.get(from));
        }
        return p.build();
    }

    private static boolean isHanType(String type) {
        return SINGLE.equals(type) || DOUBLE.equals(type);
    }
}
