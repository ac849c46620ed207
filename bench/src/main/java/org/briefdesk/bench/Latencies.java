package org.briefdesk.bench;

import java.util.Arrays;

/** Response times of one kind of request, in milliseconds, and their percentiles. */
final class Latencies {

    private final String name;
    /** Whether the target (p95 < 300 ms) applies to this measure. */
    private final boolean targeted;

    private double[] values = new double[64];
    private int n;
    private int errors;

    Latencies(String name, boolean targeted) {
        this.name = name;
        this.targeted = targeted;
    }

    void add(double millis) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = millis;
    }

    void error() {
        errors++;
    }

    int count() {
        return n;
    }

    int errors() {
        return errors;
    }

    String name() {
        return name;
    }

    /** Takes in another measure's times and errors (each simulated user keeps its own). */
    void addAll(Latencies other) {
        for (int i = 0; i < other.n; i++) {
            add(other.values[i]);
        }
        errors += other.errors;
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    String row() {
        double p95 = percentile(95);
        String verdict = !targeted ? "(part of the above)" : errors == 0 && p95 < 300 ? "met" : "MISSED";
        return String.format(
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |",
                name, n, errors, percentile(50), p95, percentile(99), percentile(100), verdict);
    }

    static String header() {
        return "| request | n | errors | p50 ms | p95 ms | p99 ms | max ms | p95 < 300 ms |\n"
                + "|---|---|---|---|---|---|---|---|";
    }
}
