package org.briefdesk.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharFilter;

/**
 * {@link CharFolding} as a char filter, for analyzers whose tokenizer does not fold (the bigram
 * sub-fields). Reads the whole input first, because a circle is a zero only next to a numeral; the
 * fold is 1:1, so offsets need no correction.
 */
public final class FoldingCharFilter extends CharFilter {
    private char[] text;
    private int length;
    private int pos;

    public FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (text == null) {
            fill();
        }
        if (pos >= length) {
            return -1;
        }
        int n = Math.min(len, length - pos);
        System.arraycopy(text, pos, cbuf, off, n);
        pos += n;
        return n;
    }

    private void fill() throws IOException {
        text = new char[1024];
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
        CharFolding.fold(text, 0, length, text);
    }
}
