package org.briefdesk.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index-only decompounder, as Lucene's {@code DictionaryCompoundWordTokenFilter}: every Han word of
 * three or more characters is followed by its dictionary sub-words (HanLP core words and local
 * terms) at position increment 0, ordered by start then longer first so offsets never go backwards
 * (文明城区 → 文明城区, 文明, 城区). The main tokens, and so phrase positions, are those of the query
 * analysis: a query never sees a sub-word. Unit names also give their name part and their
 * administrative suffix (紫竹院街道 → 紫竹院, 街道), so a unit can be searched by its short name.
 */
public final class SubWordFilter extends TokenFilter {
    /** Suffixes of unit names; the part before them is a searchable name of its own. */
    static final List<String> UNIT_SUFFIXES = List.of("街道办事处", "街道", "社区", "地区", "委员会", "办事处", "管委会", "镇", "乡", "村");

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final HanLPSegmenter segmenter;
    private final Lexicon lexicon;
    private LexiconSnapshot dict;
    private final List<int[]> pending = new ArrayList<>(); // {start, end} within the current word
    private int next;
    private String word;
    private int wordStart;
    private AttributeSource.State wordState;

    public SubWordFilter(TokenStream in, HanLPSegmenter segmenter, Lexicon lexicon) {
        super(in);
        this.segmenter = Objects.requireNonNull(segmenter);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        dict = lexicon.snapshot();
        pending.clear();
        next = 0;
        wordState = null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            int[] p = pending.get(next++);
            restoreState(wordState);
            termAtt.setEmpty().append(word, p[0], p[1]);
            offsetAtt.setOffset(wordStart + p[0], wordStart + p[1]);
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TokenTypes.SUBWORD);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending.clear();
        next = 0;
        if (termAtt.length() >= 3 && isHanWord()) {
            word = termAtt.toString();
            // Offsets are 1:1 with the term only when the word was not changed by a char filter.
            if (offsetAtt.endOffset() - offsetAtt.startOffset() == word.length()) {
                wordStart = offsetAtt.startOffset();
                collect();
                if (!pending.isEmpty()) {
                    wordState = captureState();
                }
            }
        }
        return true;
    }

    private boolean isHanWord() {
        String t = typeAtt.type();
        return !TokenTypes.NUM.equals(t)
                && !TokenTypes.ALPHANUM.equals(t)
                && !TokenTypes.EMOJI.equals(t)
                && HanLPTokenizer.isHan(Character.codePointAt(termAtt, 0));
    }

    private void collect() {
        int n = word.length();
        int stem = unitStem();
        for (int a = 0; a < n - 1; a++) {
            for (int b = n - (a == 0 ? 1 : 0); b >= a + 2; b--) {
                String w = word.substring(a, b);
                if ((a == 0 && b == stem) || (a == stem && b == n) || segmenter.isCoreWord(w) || dict.contains(w)) {
                    pending.add(new int[] {a, b});
                }
            }
        }
    }

    /** Length of the name part of a unit name (紫竹院街道 → 3), or -1 when the word is no unit name. */
    private int unitStem() {
        for (String s : UNIT_SUFFIXES) {
            if (word.endsWith(s) && word.length() - s.length() >= 2) {
                return word.length() - s.length();
            }
        }
        return -1;
    }

    @Override
    public void end() throws IOException {
        super.end();
        pending.clear();
    }
}
