package org.briefdesk.search.tools.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReuseTest {
    @TempDir
    Path tmp;

    private static String bench(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bench.main(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aKeptIndexIsSearchedAgainWithoutIndexingAndCpuTimeIsReportedBesideWallTime() throws Exception {
        String dir = tmp.resolve("idx").toString();
        String[] common = {"--sizes", "300", "--no-baseline", "--probes", "3", "--queries", "20"};
        String built = bench(concat(common, "--out", dir, "--keep"));
        assertTrue(built.contains("indexing CPU cost (items per CPU-second)"), built);
        assertTrue(Files.isDirectory(Path.of(dir, "300", "briefdesk")), "the index is kept");

        String reused = bench(concat(common, "--reuse", dir));
        assertFalse(reused.contains("indexing rate"), reused);
        assertTrue(reused.contains("search CPU ms per query p50/p95/p99"), reused);
        assertTrue(reused.contains("findSimilar CPU ms per call p50/p99"), reused);
        assertTrue(reused.contains("| **all kinds** |"), reused);
        assertTrue(Files.isDirectory(Path.of(dir, "300", "briefdesk")), "a reused index is never deleted");
    }

    @Test
    void reusingAnIndexOfAnotherArchiveIsRefused() throws Exception {
        String dir = tmp.resolve("idx").toString();
        bench("--sizes", "200", "--no-baseline", "--probes", "2", "--queries", "5", "--out", dir, "--keep");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> bench(
                        "--sizes",
                        "200",
                        "--seed",
                        "8",
                        "--no-baseline",
                        "--probes",
                        "2",
                        "--queries",
                        "5",
                        "--reuse",
                        dir));
        assertTrue(e.getMessage().contains("bench seed=7 size=200"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bench("--sizes", "300", "--no-baseline", "--reuse", dir));
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
