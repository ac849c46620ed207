package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
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
    private static final String ALPHANUM = "<ALPHANUM>";
    private static final String NUM = "<NUM>";

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
        return phrase(field, text, false, null);
    }

    /**
     * As {@link #exact}, but tokens that a copied fragment may have cut are left out of the phrase: a
     * lone Han character at either end (取 of 听取, whose bigram the index does not have), and, in a
     * stretch of four Han characters or more, a Latin word at either end (O of Options).
     */
    Query trimmed(String field, String text) {
        return phrase(field, text, true, null);
    }

    /**
     * As {@link #trimmed}, and with {@code reader}'s terms (null: none) a kept edge that the copy may have
     * cut matches the indexed terms it is part of ({@link CutEdges}): a Latin word or a lone Han character
     * ending the text also matches the terms beginning with it (比起BS finds 比起BSD, 然而，还 finds 然而，还是),
     * a Latin word starting it the Latin terms ending with it. Only in a phrase with Han text and another
     * token: a typed Latin word or number alone stays itself.
     */
    Query trimmed(String field, String text, IndexReader reader) {
        return phrase(field, text, true, reader);
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
            long gram = Long.MAX_VALUE;
            for (Term t : singleTerms(phrase)) {
                gram = Math.min(gram, reader.docFreq(t));
            }
            return gram < share * word;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms of a phrase's positions that hold one term (an expanded cut edge holds several). */
    private static List<Term> singleTerms(Query phrase) {
        if (phrase instanceof PhraseQuery pq) {
            return List.of(pq.getTerms());
        }
        if (phrase instanceof MultiPhraseQuery mq) {
            return Arrays.stream(mq.getTermArrays())
                    .filter(at -> at.length == 1)
                    .map(at -> at[0])
                    .toList();
        }
        return List.of(((TermQuery) phrase).getTerm());
    }

    private Query phrase(String field, String text, boolean trimEdges, IndexReader reader) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        int pos = -1;
        try (TokenStream ts = bigramAnalyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(t.toString());
                positions.add(pos);
                types.add(type.type());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
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
        if (reader != null && types.subList(from, to).stream().anyMatch(BigramPhrases::isHanType)) {
            Term[] first = cutStart(reader, field, text, terms.get(from), types.get(from), offsets.get(from)[0]);
            Term[] last = cutEnd(reader, field, text, terms.get(to - 1), types.get(to - 1), offsets.get(to - 1)[1]);
            if (first.length > 1 || last.length > 1) {
                MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
                for (int i = from; i < to; i++) {
                    Term[] at = i == from ? first : i == to - 1 ? last : new Term[] {new Term(field, terms.get(i))};
                    m.add(at, positions.get(i) - positions.get(from));
                }
                return m.build();
            }
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = from; i < to; i++) {
            p.add(new Term(field, terms.get(i)), positions.get(i) - positions.get(from));
        }
        return p.build();
    }

    /** The terms a first token may be the end of: itself, or, if a Latin word the text starts with, more. */
    private static Term[] cutStart(IndexReader reader, String field, String text, String term, String type, int start) {
        boolean cut = isLatinType(type) && start == firstNonBlank(text);
        return cut ? CutEdges.endingWith(reader, field, term) : new Term[] {new Term(field, term)};
    }

    /** The terms a last token may begin: itself, or, if a lone Han character or a Latin word ending the text, more. */
    private static Term[] cutEnd(IndexReader reader, String field, String text, String term, String type, int end) {
        boolean cut = (SINGLE.equals(type) || isLatinType(type))
                && end == text.stripTrailing().length();
        return cut ? CutEdges.startingWith(reader, field, term) : new Term[] {new Term(field, term)};
    }

    private static int firstNonBlank(String text) {
        return text.length() - text.stripLeading().length();
    }

    private static boolean isLatinType(String type) {
        return ALPHANUM.equals(type) || NUM.equals(type);
    }

    private static boolean isHanType(String type) {
        return SINGLE.equals(type) || DOUBLE.equals(type);
    }
}
