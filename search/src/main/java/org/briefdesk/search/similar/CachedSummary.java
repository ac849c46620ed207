package org.briefdesk.search.similar;

import java.util.function.ToDoubleFunction;

/**
 * A decoded {@link FeatureSummary} as duplicate lookups judge it: its terms also as ids of the
 * {@link SummaryCache}'s dictionary (so a lookup matches them against the item by comparing ints,
 * not strings), their log-tf weights, and the sum of squares of its weighted term vector under the
 * last idf generation it was judged with (the same idf, hence the same norm, for every lookup of
 * that generation), and — once it was verified as a possible duplicate — its stored text shingled
 * (stored fields never change within a segment core). Shared by the lookups of every thread: the
 * norm and the text are immutable values that racing threads compute alike.
 */
final class CachedSummary {
    /** 1 + ln(tf) for the usual small counts: the same {@code Math.log} as computed in place. */
    private static final double[] LOG_TF = new double[64];

    static {
        for (int c = 1; c < LOG_TF.length; c++) {
            LOG_TF[c] = 1 + Math.log(c);
        }
    }

    private final FeatureSummary summary;
    /** The id of each of {@code summary.terms()} in the dictionary, or -1 when it has none. */
    private final int[] termIds;

    private volatile Norm norm;

    private record Norm(long idfGeneration, double squares) {}

    /** The candidate's stored text as verification reads it: title, fingerprint and shingled body. */
    record Text(String title, String fingerprint, TextShingles shingles) {}

    /** Kept by the {@link SummaryCache} (only then may it keep its text). */
    private volatile boolean held;

    private volatile Text text;

    /** The stored title, once read for a RELATED match (null: not read yet). */
    private volatile String title;

    CachedSummary(FeatureSummary summary, int[] termIds) {
        this.summary = summary;
        this.termIds = termIds;
    }

    /** A summary with no dictionary: every term is matched by its text. */
    static CachedSummary withoutIds(FeatureSummary summary) {
        int[] none = new int[summary.terms().length];
        java.util.Arrays.fill(none, -1);
        return new CachedSummary(summary, none);
    }

    FeatureSummary summary() {
        return summary;
    }

    int[] termIds() {
        return termIds;
    }

    void held() {
        held = true;
    }

    boolean isHeld() {
        return held;
    }

    /** The stored text read when this candidate was last verified, or null when none is kept. */
    Text text() {
        return text;
    }

    /** Keeps {@code t} unless a text is kept already (racing threads read the same stored text). */
    synchronized boolean keepText(Text t) {
        if (text != null) {
            return false;
        }
        text = t;
        return true;
    }

    /** The stored title, if read before (from a RELATED match or a verified text), else null. */
    String title() {
        String t = title;
        if (t == null) {
            Text x = text;
            t = x == null ? null : x.title();
        }
        return t;
    }

    /** Keeps the stored title of a held summary (a few dozen characters: no bound beyond the summaries'). */
    void keepTitle(String t) {
        if (held) {
            title = t;
        }
    }

    static double logTf(int count) {
        return count > 0 && count < LOG_TF.length ? LOG_TF[count] : 1 + Math.log(count);
    }

    /**
     * Σ ((1 + ln tf) × idf)² over the summary's terms in their order, as the cosine sums it; kept for
     * the idf's generation (a function without one, e.g. a test's, is asked every time).
     */
    double squares(ToDoubleFunction<String> idf) {
        long generation = idf instanceof IdfCache.Idf g ? g.generation() : -1;
        Norm n = norm;
        if (n != null && generation >= 0 && n.idfGeneration() == generation) {
            return n.squares();
        }
        String[] terms = summary.terms();
        int[] counts = summary.counts();
        double s = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = generation >= 0
                    ? ((IdfCache.Idf) idf).applyAsDouble(terms[i], termIds[i])
                    : idf.applyAsDouble(terms[i]);
            double bw = logTf(counts[i]) * w;
            s += bw * bw;
        }
        if (generation >= 0) {
            norm = new Norm(generation, s);
        }
        return s;
    }
}
