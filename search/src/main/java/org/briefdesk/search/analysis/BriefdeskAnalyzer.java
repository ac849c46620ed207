package org.briefdesk.search.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer for title and body: {@link HanLPTokenizer}, in {@link AnalysisMode#INDEX} then
 * {@link SubWordFilter}, then {@link SynonymCanonicalFilter}. Use {@link AnalysisMode#QUERY} for queries. No stop
 * words here: removing them would let a phrase "…的…" match any word in place of 的; stop words
 * are dropped only in the similarity features ({@code similar} package).
 */
public final class BriefdeskAnalyzer extends Analyzer {
    private final HanLPSegmenter segmenter;
    private final Lexicon lexicon;
    private final AnalysisMode mode;

    public BriefdeskAnalyzer(HanLPSegmenter segmenter, Lexicon lexicon, AnalysisMode mode) {
        this.segmenter = Objects.requireNonNull(segmenter);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.mode = Objects.requireNonNull(mode);
    }

    public AnalysisMode mode() {
        return mode;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new HanLPTokenizer(segmenter, lexicon);
        TokenStream words = mode == AnalysisMode.INDEX ? new SubWordFilter(src, segmenter, lexicon) : src;
        return new TokenStreamComponents(src, new SynonymCanonicalFilter(words, lexicon));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Prefix/wildcard terms are not tokenized, but must be folded like indexed terms.
        return new TokenFilter(in) {
            private final CharTermAttribute t = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws java.io.IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                CharFolding.fold(t.buffer(), 0, t.length(), t.buffer());
                return true;
            }
        };
    }
}
