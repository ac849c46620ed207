package org.briefdesk.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens of one text, analysed once and replayed: the index field and the similarity features
 * (term vector, entities) share a single HanLP pass, which halves indexing cost.
 */
public final class AnalyzedText {
    /** One token. */
    public record Token(String term, int start, int end, int posInc, String type) {}

    private final List<Token> tokens;
    private final int finalOffset;

    private AnalyzedText(List<Token> tokens, int finalOffset) {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
    }

    public static AnalyzedText analyze(Analyzer analyzer, String field, String text) {
        return analyze(analyzer, field, new StringReader(text));
    }

    /** Consumes the whole reset()/incrementToken()/end() lifecycle of the analyzer's stream. */
    public static AnalyzedText analyze(Analyzer analyzer, String field, Reader text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute ty = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(t.toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement(), ty.type()));
            }
            ts.end();
            return new AnalyzedText(out, o.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset end() reported: the length of the analysed text. */
    public int finalOffset() {
        return finalOffset;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** A fresh token stream replaying these tokens (for an indexed, non-stored field). */
    public TokenStream tokenStream() {
        return new TokenStream() {
            private final CharTermAttribute t = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute o = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute p = addAttribute(PositionIncrementAttribute.class);
            private final TypeAttribute ty = addAttribute(TypeAttribute.class);
            private int i;

            @Override
            public void reset() throws IOException {
                super.reset();
                i = 0;
            }

            @Override
            public boolean incrementToken() {
                if (i >= tokens.size()) {
                    return false;
                }
                clearAttributes();
                Token k = tokens.get(i++);
                t.setEmpty().append(k.term());
                o.setOffset(k.start(), k.end());
                p.setPositionIncrement(k.posInc());
                ty.setType(k.type());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                o.setOffset(finalOffset, finalOffset);
            }
        };
    }
}
