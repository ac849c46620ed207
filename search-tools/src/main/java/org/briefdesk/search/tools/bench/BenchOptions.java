package org.briefdesk.search.tools.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The options of {@code bench}, as given on the command line (see {@code Main.USAGE}). */
record BenchOptions(
        List<Integer> sizes,
        Path out,
        int threads,
        int probes,
        int queries,
        long seed,
        boolean baseline,
        boolean keep,
        Path reuse,
        Path dump) {

    static BenchOptions parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000);
        Path out = Path.of("target/bench");
        int threads = 2, probes = 200, queries = 500;
        long seed = 7;
        boolean baseline = true, keep = false;
        Path reuse = null, dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(args[++i].split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                case "--out" -> out = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--probes" -> probes = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--keep" -> keep = true;
                case "--reuse" -> reuse = Path.of(args[++i]);
                // not in the usage: writes what the measured queries answered, to compare two builds
                case "--dump" -> dump = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown bench option " + args[i]);
            }
        }
        return new BenchOptions(sizes, out, threads, probes, queries, seed, baseline, keep, reuse, dump);
    }

    /** Whether the run builds its indexes; with {@code --reuse} it measures one a {@code --keep} run left. */
    boolean builds() {
        return reuse == null;
    }

    /** Whether the baseline is measured too: never on a reused index, which has no baseline beside it. */
    boolean withBaseline() {
        return baseline && builds();
    }

    /** The folder that holds one index folder per size. */
    Path dir() {
        return builds() ? out : reuse;
    }

    /** The folder of one size's indexes. */
    Path dir(int size) {
        return dir().resolve(Integer.toString(size));
    }

    /** The first line of the output: what was asked and what the machine offers. */
    String header() {
        return String.format(
                "# bench: sizes=%s threads=%d probes=%d queries=%d seed=%d cpus=%d maxHeap=%dMiB%s",
                sizes,
                threads,
                probes,
                queries,
                seed,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                reuse != null ? " reuse=" + reuse : keep ? " keep=" + out : "");
    }
}
