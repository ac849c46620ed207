package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.analysis.CharFolding;
import org.briefdesk.search.document.ItemFields;

/**
 * The text clauses of {@link ItemQueryParser}: a stretch of unquoted text as its words (per word, title or
 * body) or its bigram phrase, with adjacency rewarded and its variant alternatives; a quoted phrase as the
 * exact phrase of its bigrams. Keeps what the parser reports about the last query (words, variants searched).
 * One per parser; not thread-safe.
 */
final class StretchQueries {
    /** The parser's own analysis of a text as a phrase of words (a quoted single character). */
    interface WordPhrase {
        Query parse(String field, String text) throws ParseException;
    }

    static final float TITLE_BOOST = 2f;
    /** The stretch found as it was typed counts more than its words found apart. */
    static final float FRAGMENT_BOOST = 2f;
    /** Stretches of up to this many words score their body phrase in the first pass only outside the words. */
    static final int OUTSIDE_MAX_WORDS = 2;
    /**
     * A stretch of more words but no longer than a word ({@link #WORD_LIKE_CHARS}) has its body phrase
     * scored outside its words too when the phrase's rarest bigram is in at least this share of the
     * items its rarest word is in: a term the dictionary lacks, cut into pieces that nearly always come
     * as that phrase, which then barely reorders the candidates (文明养犬, cut 文明 养 犬, is in
     * 250,000 items of 1M). A longer pasted fragment keeps its phrase: it decides which of the items
     * sharing the words ranks first (the relevance bench's 12-character stretches lose 2 of 300 without).
     */
    static final double UNSELECTIVE_PHRASE_SHARE = 0.9;

    static final int WORD_LIKE_CHARS = 4;
    /** Words within this many positions of each other, in order, earn the proximity reward. */
    static final int PROXIMITY_SLOP = 3;

    private final Analyzer queryAnalyzer;
    private final BigramPhrases phrases;
    private final VariantGroups variants;
    private final WordPhrase wordPhrase;
    private final Set<String> expansions = new LinkedHashSet<>();
    private final ScoringOnlyClauses scoringOnly = new ScoringOnlyClauses();
    /** Document frequencies of the archive searched, or null: long stretches then keep their phrase. */
    private IndexReader reader;
    /** Whether a stretch's own words are relaxed (about half must match) instead of all required. */
    private boolean relaxWords;

    private int wordCount;
    /** The word clauses of the last {@link #oneStretch}, which its phrase alternatives are scored outside of. */
    private Query lastWords;

    StretchQueries(Analyzer queryAnalyzer, Analyzer bigramAnalyzer, VariantGroups variants, WordPhrase wordPhrase) {
        this.queryAnalyzer = queryAnalyzer;
        this.phrases = new BigramPhrases(bigramAnalyzer);
        this.variants = variants;
        this.wordPhrase = wordPhrase;
    }

    void relaxWords(boolean relax) {
        this.relaxWords = relax;
    }

    boolean relaxesWords() {
        return relaxWords;
    }

    void frequencies(IndexReader reader) {
        this.reader = reader;
    }

    ScoringOnlyClauses scoringOnly() {
        return scoringOnly;
    }

    /** Words of all stretches parsed so far. */
    int wordCount() {
        return wordCount;
    }

    List<String> expansions() {
        return List.copyOf(expansions);
    }

    static Query boost(String field, Query q) {
        return ItemFields.TITLE.equals(field) ? new BoostQuery(q, TITLE_BOOST) : q;
    }

    /** Exactly this text: a phrase of its bigrams (a single character: the word itself). */
    Query exactPhrase(List<String> fields, String text) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : fields) {
            Query q = phrases.exact(BigramPhrases.field(f), text);
            if (q == null) {
                q = wordPhrase.parse(f, text);
            }
            if (q == null) {
                return null;
            }
            b.add(boost(f, q), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Unquoted text and its variant alternatives: any alternative may match. */
    Query stretch(List<String> fields, String text) {
        List<String> alternatives = variants.alternatives(text, expansions);
        if (alternatives.size() == 1) {
            return oneStretch(fields, text);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        Query typedWords = null;
        for (String alt : alternatives) {
            // The text as typed gets the full treatment; a variant is searched as the exact phrase it is
            // (创建文明城区 as such, not its three words anywhere), which is also far cheaper.
            Query q = n == 0 ? oneStretch(fields, alt) : variantPhrase(fields, alt);
            if (n == 0) {
                typedWords = lastWords;
            }
            if (q != null) {
                any.add(
                        n > 0 && typedWords != null ? scoringOnly.outside(q, typedWords) : q,
                        BooleanClause.Occur.SHOULD);
            }
            n++;
        }
        return any.build().clauses().isEmpty() ? null : any.build();
    }

    private Query variantPhrase(List<String> fields, String text) {
        try {
            return exactPhrase(fields, text);
        } catch (ParseException e) {
            return null;
        }
    }

    /** All words (per word, title or body), or the text as a bigram phrase; adjacency rewarded. */
    private Query oneStretch(List<String> fields, String text) {
        List<String> words = words(text);
        lastWords = null;
        if (words.isEmpty()) {
            return null;
        }
        this.wordCount += words.size();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String f : fields) {
                either.add(boost(f, new TermQuery(new Term(f, w))), BooleanClause.Occur.SHOULD);
            }
            all.add(either.build(), relaxWords ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        }
        if (relaxWords) {
            all.setMinimumNumberShouldMatch(ItemQueryParser.half(words.size()));
        }
        lastWords = all.build();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(lastWords, BooleanClause.Occur.SHOULD);
        // A stretch that is one whole word adds nothing as a bigram phrase (its sub-words are indexed):
        // the phrase, the costly part of the query, is kept for stretches the segmenter cut.
        boolean oneWord = words.size() == 1 && words.get(0).equals(CharFolding.fold(text.strip()));
        for (String f : fields) {
            Query fragment = oneWord ? null : phrases.trimmed(BigramPhrases.field(f), text, reader);
            if (fragment != null) {
                // Scored everywhere in the first pass: a title's phrase (short postings, and it decides a
                // headline search) and a long stretch's (a pasted fragment: its words are selective and the
                // phrase is the point) unless the phrase is about as common as its words. A few typed
                // words' body phrase only outside the words.
                Query q = new BoostQuery(boost(f, fragment), FRAGMENT_BOOST);
                boolean cheapOrDecisive = ItemFields.TITLE.equals(f)
                        || (words.size() > OUTSIDE_MAX_WORDS
                                && BigramPhrases.selective(
                                        reader, fragment, words, text, WORD_LIKE_CHARS, UNSELECTIVE_PHRASE_SHARE));
                Query scored = cheapOrDecisive && typedTerm(words, text) ? scoringOnly.keptPhrase(q, fragment) : q;
                b.add(cheapOrDecisive ? scored : scoringOnly.outside(q, lastWords), BooleanClause.Occur.SHOULD);
            }
            if (words.size() >= 2) {
                b.add(
                        scoringOnly.mark(boost(f, new PhraseQuery(PROXIMITY_SLOP, f, words.toArray(String[]::new)))),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * A stretch such as people type and retype (志愿服务, 学院路街道), not a pasted fragment: its phrase's items
     * are worth keeping between searches.
     */
    private static boolean typedTerm(List<String> words, String text) {
        String s = text.strip();
        return words.size() <= OUTSIDE_MAX_WORDS || s.codePointCount(0, s.length()) <= WORD_LIKE_CHARS;
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(ItemFields.BODY, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
