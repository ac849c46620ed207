package org.briefdesk.search.tools.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's table of measures, Briefdesk beside the baseline, in the order the measures were first
 * taken. Briefdesk's run adds the rows; the baseline's run fills its column of rows already there.
 */
final class MeasureTable {
    private final Map<String, String[]> rows = new LinkedHashMap<>();

    /** Adds a row with Briefdesk's figure; the baseline's stays "-" unless {@link #baseline} fills it. */
    void briefdesk(String measure, String figure) {
        rows.put(measure, new String[] {figure, null});
    }

    /** The baseline's figure of a measure Briefdesk's run has already added. */
    void baseline(String measure, String figure) {
        rows.get(measure)[1] = figure;
    }

    void print(PrintStream out) {
        out.println("| measure | Briefdesk | baseline (CJK bigrams + MLT) |");
        out.println("|---|---|---|");
        rows.forEach((k, v) -> out.printf("| %s | %s | %s |%n", k, v[0], v[1] == null ? "-" : v[1]));
    }

    /** A rate or a size, rounded to a whole number with thousands separators. */
    static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
