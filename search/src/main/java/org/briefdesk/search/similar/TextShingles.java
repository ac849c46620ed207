package org.briefdesk.search.similar;

import java.util.Arrays;
import org.briefdesk.search.analysis.CharFolding;

/**
 * Character-level features of a body for duplicate detection: the "skeleton" (folded text with
 * everything but letters and digits removed, so width, punctuation, spacing and traditional
 * characters do not matter), its set of 4-character shingle hashes, and hashes of its sentences.
 */
public final class TextShingles {
    /** 4 characters: long enough to be specific in Chinese, short enough to survive small edits. */
    public static final int SHINGLE = 4;
    /** Sentences shorter than this (after normalisation) say nothing about copying. */
    static final int MIN_SENTENCE = 8;

    /** Share of a sentence's shingles that must occur in the other text for the sentence to count as kept. */
    static final double SENTENCE_KEPT = 0.75;
    /** Share of the shingles with digits that must be found: the sentence's numbers are its facts. */
    static final double NUMBERS_KEPT = 0.8;

    private static int countDigits(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private final String skeleton;
    private final int[] shingles; // sorted, unique
    private final int[] sentences; // start,end pairs in the skeleton of the event-specific sentences
    /**
     * One bit per low {@link #FILTER_BITS} bits of a shingle, set for each of this text's shingles:
     * most shingles another text looks up here are absent, and a clear bit says so without a binary
     * search (built on first use; racing threads build the same bits, and the field is volatile so that
     * no thread sees the array before its bits).
     */
    private volatile long[] filter;

    private static final int FILTER_BITS = 13;

    private TextShingles(String skeleton, int[] shingles, int[] sentences) {
        this.skeleton = skeleton;
        this.shingles = shingles;
        this.sentences = sentences;
    }

    public static TextShingles of(String body) {
        return ofFolded(CharFolding.fold(body));
    }

    /** As {@link #of} for a body already folded by {@link CharFolding#fold(String)}. */
    static TextShingles ofFolded(String folded) {
        StringBuilder skel = new StringBuilder(folded.length());
        int[] sent = new int[32];
        int ns = 0;
        int sentStart = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                skel.append(c);
            } else if (isSentenceEnd(folded, i)) {
                if (isSpecific(skel, sentStart, skel.length())) {
                    if (ns + 2 > sent.length) {
                        sent = Arrays.copyOf(sent, ns * 2);
                    }
                    sent[ns++] = sentStart;
                    sent[ns++] = skel.length();
                }
                sentStart = skel.length();
            }
        }
        if (isSpecific(skel, sentStart, skel.length())) {
            if (ns + 2 > sent.length) {
                sent = Arrays.copyOf(sent, ns + 2);
            }
            sent[ns++] = sentStart;
            sent[ns++] = skel.length();
        }
        int n = Math.max(0, skel.length() - SHINGLE + 1);
        int[] sh = new int[n == 0 && skel.length() > 0 ? 1 : n];
        if (n == 0 && skel.length() > 0) {
            sh[0] = (int) hash64(skel, 0, skel.length());
        }
        for (int i = 0; i < n; i++) {
            sh[i] = shingleAt(skel, i);
        }
        return new TextShingles(skel.toString(), unique(sh), Arrays.copyOf(sent, ns));
    }

    private static int shingleAt(CharSequence skel, int i) {
        int h = 0;
        for (int k = 0; k < SHINGLE; k++) {
            h = 31 * h + skel.charAt(i + k);
        }
        return mix32(h);
    }

    /**
     * A sentence says something about this event only if it is long enough and carries a number
     * (counts, dates, percentages): stock sentences of the register are shared by unrelated reports.
     */
    private static boolean isSpecific(CharSequence skel, int from, int to) {
        if (to - from < MIN_SENTENCE) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isDigit(skel.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Number of event-specific sentences. */
    public int specificSentences() {
        return sentences.length / 2;
    }

    /**
     * How many of this text's event-specific sentences are (mostly) kept in {@code other}: at least
     * {@link #SENTENCE_KEPT} of a sentence's shingles occur there. Tolerates changed punctuation,
     * width, a few traditional characters and small edits inside a sentence.
     */
    public int sentencesKeptIn(TextShingles other) {
        int kept = 0;
        for (int s = 0; s < sentences.length; s += 2) {
            int from = sentences[s];
            int to = sentences[s + 1] - SHINGLE + 1;
            int total = 0;
            int found = 0;
            int numTotal = 0;
            int numFound = 0;
            // digits inside the current window [i, i + SHINGLE), kept up to date as the window slides
            int digits = countDigits(skeleton, from, Math.min(from + SHINGLE - 1, skeleton.length()));
            for (int i = from; i < to; i++) {
                digits += Character.isDigit(skeleton.charAt(i + SHINGLE - 1)) ? 1 : 0;
                boolean hit = other.contains(shingleAt(skeleton, i));
                total++;
                found += hit ? 1 : 0;
                if (digits > 0) {
                    numTotal++;
                    numFound += hit ? 1 : 0;
                }
                digits -= Character.isDigit(skeleton.charAt(i)) ? 1 : 0;
            }
            // the numbers must be the same numbers: a stock sentence with other counts is another event
            if (total > 0 && found >= SENTENCE_KEPT * total && numFound >= NUMBERS_KEPT * numTotal) {
                kept++;
            }
        }
        return kept;
    }

    /** Whether {@code shingle} is one of this text's shingles. */
    private boolean contains(int shingle) {
        long[] f = filter;
        if (f == null) {
            f = new long[1 << (FILTER_BITS - 6)];
            for (int h : shingles) {
                f[(h & ((1 << FILTER_BITS) - 1)) >>> 6] |= 1L << h;
            }
            filter = f;
        }
        return (f[(shingle & ((1 << FILTER_BITS) - 1)) >>> 6] & (1L << shingle)) != 0
                && Arrays.binarySearch(shingles, shingle) >= 0;
    }

    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '。':
            case '!':
            case '?':
            case '；':
            case ';':
            case '\n':
            case '…':
                return true;
            case '.':
                // "3.5" is a number, not a sentence end
                return !(i > 0
                        && i + 1 < s.length()
                        && Character.isDigit(s.charAt(i - 1))
                        && Character.isDigit(s.charAt(i + 1)));
            default:
                return false;
        }
    }

    public String skeleton() {
        return skeleton;
    }

    public int[] shingles() {
        return shingles;
    }

    /** Size of the intersection of two sorted unique arrays. */
    public static int intersect(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    static int mix32(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long hash64(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix64(h);
    }

    /** Sorted distinct values of {@code a} (which it reorders). */
    static int[] unique(int[] a) {
        radixSort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || a[i] != a[i - 1]) a[n++] = a[i];
        }
        return Arrays.copyOf(a, n);
    }

    /**
     * Sorts as {@link Arrays#sort(int[])} does, in four byte-wide counting passes: a body's ~1,250
     * well-mixed hashes sort several times faster than by comparisons, which mispredict half the time.
     */
    private static void radixSort(int[] a) {
        if (a.length < 64) {
            Arrays.sort(a);
            return;
        }
        int[] from = a;
        int[] to = new int[a.length];
        int[] count = new int[257];
        for (int shift = 0; shift < 32; shift += 8) {
            Arrays.fill(count, 0);
            // The sign bit flipped in the top byte: negative values sort first.
            int flip = shift == 24 ? 0x80 : 0;
            for (int v : from) {
                count[(((v >>> shift) & 0xFF) ^ flip) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                count[b + 1] += count[b];
            }
            for (int v : from) {
                to[count[((v >>> shift) & 0xFF) ^ flip]++] = v;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        // Four passes: the sorted values are back in a.
    }
}
