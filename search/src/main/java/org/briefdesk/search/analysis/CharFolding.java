package org.briefdesk.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One-to-one character folding used for matching: full-width to half-width, upper to lower case,
 * traditional to simplified <em>only for characters that are traditional</em>, and the circle used
 * as zero in Chinese numbers (二○○一年) to 〇. Because every char maps to exactly one char, offsets
 * computed on the folded text are valid on the original text, which is what exact highlighting
 * needs. Stored/displayed text is never folded.
 *
 * <p>The traditional→simplified table is OpenCC's (TSCharacters.txt, first candidate), read from the
 * opencc4j jar. A character is folded only if OpenCC never produces it as simplified output and
 * never converts it as a simplified character (STCharacters.txt): so 猛, 糊, 呱, 著, 乾, 於 stay as
 * they are, while 東 → 东 and 區 → 区.
 */
public final class CharFolding {
    private static final char ZERO = '〇';
    private static final char[] T2S = loadTraditionalToSimplified();

    private CharFolding() {}

    private static char[] loadTraditionalToSimplified() {
        Map<Character, Character> first = new HashMap<>();
        Set<Character> simplified = new HashSet<>();
        read("TSCharacters.txt", (k, v) -> {
            first.put(k, v[0]);
            for (char c : v) {
                simplified.add(c);
            }
        });
        read("STCharacters.txt", (k, v) -> simplified.add(k));
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
        }
        first.forEach((t, s) -> {
            if (!simplified.contains(t)) {
                table[t] = s;
            }
        });
        return table;
    }

    private interface Entry {
        void accept(char key, char[] values);
    }

    private static void read(String file, Entry entry) {
        String path = "/data/dictionary/" + file;
        try (InputStream in = CharFolding.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC table " + path + " not on the class path (opencc4j jar)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] kv = line.strip().split("\t");
                // Single BMP characters only: a 1:1 fold never changes the length of the text.
                if (kv.length == 2 && kv[0].length() == 1) {
                    StringBuilder values = new StringBuilder();
                    for (String v : kv[1].split(" ")) {
                        if (v.length() == 1) {
                            values.append(v);
                        }
                    }
                    if (values.length() > 0) {
                        entry.accept(kv[0].charAt(0), values.toString().toCharArray());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folds one UTF-16 unit without context (○ stays ○); surrogates are returned unchanged. */
    public static char fold(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII
        } else if (c == '\u3000') {
            c = ' ';
        } else {
            c = T2S[c];
        }
        return Character.toLowerCase(c);
    }

    /** Folds {@code len} chars of {@code src} from {@code off} into {@code dst} at the same indices. */
    public static void fold(char[] src, int off, int len, char[] dst) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = src[i];
            dst[i] = isCircle(c) && inNumber(src, off, end, i) ? ZERO : fold(c);
        }
    }

    /** Returns the folded copy of {@code s} (same length). */
    public static String fold(String s) {
        char[] c = s.toCharArray();
        fold(c, 0, c.length, c);
        return new String(c);
    }

    private static boolean isCircle(char c) {
        return c == '○' || c == '◯' || c == '〇';
    }

    /** A circle is a zero when a Chinese numeral or another zero is next to it (二○○一年, 一○八). */
    private static boolean inNumber(char[] s, int from, int to, int i) {
        return (i > from && isNumeral(s[i - 1])) || (i + 1 < to && isNumeral(s[i + 1]));
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十〇○◯零".indexOf(c) >= 0;
    }
}
