package org.briefdesk.search.analysis;

import com.hankcs.hanlp.dictionary.other.CharTable;

/**
 * One-to-one character folding used for matching: full-width to half-width, traditional to
 * simplified, upper to lower case. Because every char maps to exactly one char, offsets computed on
 * the folded text are valid on the original text, which is what exact highlighting needs.
 * Stored/displayed text is never folded.
 */
public final class CharFolding {
  private CharFolding() {}

  /** Folds one UTF-16 unit; surrogates are returned unchanged so pairs stay intact. */
  public static char fold(char c) {
    if (Character.isSurrogate(c)) {
      return c;
    }
    char f = CharTable.convert(c);
    // CharTable may map a letter to something that is not 1:1 lower case (it handles case only for A-Z).
    return Character.toLowerCase(f);
  }

  /** Folds {@code len} chars of {@code src} from {@code off} into {@code dst} at the same indices. */
  public static void fold(char[] src, int off, int len, char[] dst) {
    for (int i = off, end = off + len; i < end; i++) {
      dst[i] = fold(src[i]);
    }
  }

  /** Returns the folded copy of {@code s} (same length). */
  public static String fold(String s) {
    char[] c = s.toCharArray();
    fold(c, 0, c.length, c);
    return new String(c);
  }
}
