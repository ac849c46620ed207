package org.briefdesk.search.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Chinese word tokenizer over HanLP with exact offsets.
 *
 * <p>Contract (see HanLPTokenizerTest): {@link #reset()} reads the whole Reader, so no word is cut
 * at a buffer boundary; characters are folded 1:1 ({@link CharFolding}) so every offset indexes
 * the original text; Han runs are segmented by the local {@link Lexicon} (longest match) and by
 * HanLP in the gaps; Latin/digit runs and emoji are single tokens; punctuation, spaces and
 * newlines produce no token; offsets never go backwards; {@link #end()} reports the final offset.
 * Index-only sub-words are added by {@link SubWordFilter}, never here.
 */
public final class HanLPTokenizer extends Tokenizer {
    /** A Han run longer than this (no punctuation at all) is segmented in pieces; offsets stay exact. */
    static final int MAX_HAN_RUN = 4096;
    /** Longer Latin/digit runs are split so no term exceeds Lucene's term length limit. */
    static final int MAX_ALNUM = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final HanLPSegmenter segmenter;
    private final Lexicon lexicon;

    private char[] text = new char[256]; // folded text of the whole input
    private int length;
    private LexiconSnapshot dict;

    // Token buffer: parallel arrays, filled in reset().
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] posIncs = new int[64];
    private String[] types = new String[64];
    private int count;
    private int next;

    public HanLPTokenizer(HanLPSegmenter segmenter, Lexicon lexicon) {
        this.segmenter = Objects.requireNonNull(segmenter);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readAll();
        CharFolding.fold(text, 0, length, text);
        dict = lexicon.snapshot();
        count = 0;
        next = 0;
        tokenize();
    }

    private void readAll() throws IOException {
        length = 0;
        while (true) {
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
            int n = input.read(text, length, text.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
    }

    private void tokenize() {
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i, length);
            int cl = Character.charCount(cp);
            if (isHan(cp)) {
                int j = i + cl;
                while (j < length) {
                    int c2 = Character.codePointAt(text, j, length);
                    if (!isHan(c2) || j - i >= MAX_HAN_RUN) {
                        break;
                    }
                    j += Character.charCount(c2);
                }
                hanRun(i, j);
                i = j;
            } else if (Character.isLetterOrDigit(cp)) {
                i = alnumRun(i);
            } else if (isPictographic(cp)) {
                add(i, i + cl, 1, TokenTypes.EMOJI);
                i += cl;
            } else {
                i += cl; // punctuation, space, newline, combining marks: no token
            }
        }
    }

    private int alnumRun(int start) {
        int j = start;
        boolean digitsOnly = true;
        while (j < length && j - start < MAX_ALNUM) {
            int cp = Character.codePointAt(text, j, length);
            if (Character.isLetterOrDigit(cp) && !isHan(cp)) {
                digitsOnly &= Character.isDigit(cp);
                j += Character.charCount(cp);
            } else if ((cp == '.' || cp == ',')
                    && j > start
                    && Character.isDigit(text[j - 1])
                    && j + 1 < length
                    && Character.isDigit(text[j + 1])) {
                j++; // 3.5, 1,500: keep numbers whole
            } else {
                break;
            }
        }
        add(start, j, 1, digitsOnly ? TokenTypes.NUM : TokenTypes.ALPHANUM);
        return j;
    }

    private void hanRun(int start, int end) {
        int gap = start;
        int i = start;
        while (i < end) {
            int m = dict.longestMatch(text, i, end);
            if (m > 0) {
                segmentGap(gap, i);
                word(i, i + m, TokenTypes.DICT);
                i += m;
                gap = i;
            } else {
                i++;
            }
        }
        segmentGap(gap, end);
    }

    private void segmentGap(int start, int end) {
        if (start >= end) {
            return;
        }
        if (end - start == 1) {
            word(start, end, "w1");
            return;
        }
        SegmentedClause words = segmenter.words(new String(text, start, end - start));
        int pos = start;
        for (int k = 0; k < words.size(); k++) {
            int s = start + words.offset(k);
            int e = s + words.length(k);
            // Never split a surrogate pair (rare Han characters outside the BMP).
            if (e < end && Character.isLowSurrogate(text[e]) && Character.isHighSurrogate(text[e - 1])) {
                e++;
            }
            // Defensive: HanLP must cover the gap exactly; never let an offset go backwards.
            if (s < pos || e > end || e <= s) {
                continue;
            }
            word(s, e, words.nature(k));
            pos = e;
        }
    }

    private void word(int s, int e, String type) {
        add(s, e, 1, type);
    }

    private void add(int s, int e, int posInc, String type) {
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            posIncs = Arrays.copyOf(posIncs, n);
            types = Arrays.copyOf(types, n);
        }
        starts[count] = s;
        ends[count] = e;
        posIncs[count] = posInc;
        types[count] = type;
        count++;
    }

    @Override
    public boolean incrementToken() {
        if (next >= count) {
            return false;
        }
        clearAttributes();
        int s = starts[next];
        int e = ends[next];
        termAtt.copyBuffer(text, s, e - s);
        offsetAtt.setOffset(correctOffset(s), correctOffset(e));
        posIncAtt.setPositionIncrement(posIncs[next]);
        typeAtt.setType(types[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        // Drop references to big inputs (a 10 MB body must not stay pinned by a pooled tokenizer).
        if (text.length > 1 << 16) {
            text = new char[256];
        }
        if (starts.length > 1 << 14) {
            starts = new int[64];
            ends = new int[64];
            posIncs = new int[64];
            types = new String[64];
        }
        length = 0;
        count = 0;
        next = 0;
        dict = null;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isPictographic(int cp) {
        int t = Character.getType(cp);
        return t == Character.OTHER_SYMBOL && (cp >= 0x2600 || Character.isSupplementaryCodePoint(cp));
    }
}
