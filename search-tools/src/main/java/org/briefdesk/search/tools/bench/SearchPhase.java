package org.briefdesk.search.tools.bench;

import static org.briefdesk.search.tools.bench.MeasureTable.whole;
import static org.briefdesk.search.tools.bench.ProcessFigures.cpuNanos;
import static org.briefdesk.search.tools.bench.ProcessFigures.heapAfterGc;
import static org.briefdesk.search.tools.bench.ProcessFigures.loadAverage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.tools.corpus.CorpusGenerator;

/**
 * The indexing and search phase of {@code bench}: builds an index of the generated archive (or checks
 * the kept one), then times the queries as a warm server answers them; the same for the baseline.
 * Latencies are those of a warm server: the JIT, the page cache and Lucene's caches are first warmed
 * by as many other queries (other words), never the measured ones.
 */
final class SearchPhase {
    private static final String RATE = "indexing rate (items/s, %d threads)";
    private static final String CPU_COST = "indexing CPU cost (items per CPU-second)";
    private static final String INDEX_SIZE = "index size (MiB)";
    private static final String SEARCH = "search p50/p95/p99 ms (facets+highlight)";

    private final PrintStream out;
    private final CorpusGenerator gen;
    private final CallMeter meter;
    private final BenchOptions options;

    SearchPhase(PrintStream out, CorpusGenerator gen, CallMeter meter, BenchOptions options) {
        this.out = out;
        this.gen = gen;
        this.meter = meter;
        this.options = options;
    }

    private Iterator<ItemDocument> archive(int size) {
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < size;
            }

            public ItemDocument next() {
                return gen.archiveItem(i++);
            }
        };
    }

    /** Briefdesk: indexing (unless the index is reused), its size and heap, then search latency and CPU. */
    void briefdesk(ItemIndex index, int size, Path dir, List<String> queries, List<String> warmUp, MeasureTable table)
            throws IOException {
        int threads = options.threads();
        // The origin names what was indexed, so that --reuse measures the archive it asks for.
        String origin = "bench seed=" + options.seed() + " size=" + size;
        if (options.builds()) {
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            long[] last = {0};
            index.rebuild(archive(size), 1, origin, threads, (done, failed, rate) -> {
                if (done - last[0] >= Math.max(10_000, size / 10)) {
                    last[0] = done;
                    out.printf("  briefdesk indexed %,d (%.0f items/s; load %s)%n", done, rate, loadAverage());
                }
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpuNanos() - cpu0) / 1e9;
            table.briefdesk(String.format(RATE, threads), whole(size / secs));
            table.briefdesk(CPU_COST, whole(size / cpuSecs));
        } else if (!origin.equals(index.origin()) || index.size() != size) {
            throw new IllegalArgumentException("the index under " + dir + " holds '" + index.origin() + "' ("
                    + index.size() + " items), not '" + origin + "'");
        }
        long heap = heapAfterGc();
        table.briefdesk(INDEX_SIZE, whole(IndexFiles.size(dir.resolve("briefdesk")) / 1048576.0));
        table.briefdesk("heap after " + (options.builds() ? "load" : "opening") + " (MiB)", whole(heap / 1048576.0));
        out.printf("  search phase starts (load average %s)%n", loadAverage());
        for (String w : warmUp) index.search(SearchRequest.builder().query(w).build());
        CallMeter.Sample lat = meter.sample();
        for (String query : queries)
            meter.time(
                    lat, () -> index.search(SearchRequest.builder().query(query).build()));
        table.briefdesk(SEARCH, lat.wall(50, 95, 99));
        table.briefdesk("search CPU ms per query p50/p95/p99 (caller + search pool threads)", lat.cpu(50, 95, 99));
        if (options.dump() != null) {
            ResultDump.write(index, queries, meter, options.dump());
        }
    }

    /** The baseline beside Briefdesk's rows: loading, its size and heap, then search latency (no facets). */
    void baseline(Baseline b, int size, Path dir, List<String> queries, List<String> warmUp, MeasureTable table)
            throws Exception {
        int threads = options.threads();
        System.gc();
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        b.load(archive(size), threads);
        double secs = (System.nanoTime() - t0) / 1e9;
        table.baseline(CPU_COST, whole(size / ((cpuNanos() - cpu0) / 1e9)));
        long heap = heapAfterGc();
        table.baseline(String.format(RATE, threads), whole(size / secs));
        table.baseline(INDEX_SIZE, whole(IndexFiles.size(dir.resolve("baseline")) / 1048576.0));
        table.baseline("heap after load (MiB)", whole(heap / 1048576.0));
        long[] lat = new long[queries.size()];
        for (String w : warmUp) b.search(w);
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            b.search(queries.get(i));
            lat[i] = System.nanoTime() - s;
        }
        table.baseline(SEARCH, CallMeter.pcts(lat, 50, 95, 99) + " (highlight, no facets)");
    }
}
