package org.briefdesk.search.tools.bench;

import static org.briefdesk.search.tools.bench.ProcessFigures.cpuNanos;
import static org.briefdesk.search.tools.bench.ProcessFigures.loadAverage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.RebuildListener;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.analysis.LexiconTerm;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.tools.corpus.CorpusGenerator;

/**
 * {@code reanalyse}: how long the archive takes to be analysed again after a dictionary change, and
 * what searches cost meanwhile. An archive is indexed, a new dictionary is published, and the
 * archive is re-analysed twice: in place, a page of 1,000 items at a time re-indexed by id and
 * committed (what the server's reanalyse-archive job does, without its database reads), and as a
 * rebuild of the whole contents (searches keep the old reader until the rebuild commits). One
 * thread searches all along; its latencies and the number of searches answered are printed.
 */
public final class ReanalysisBench {
    static final int PAGE = 1000;
    private static final RebuildListener QUIET = (done, failed, rate) -> {};
    private static final List<String> QUERIES =
            List.of("垃圾分类", "文明引导", "接诉即办", "志愿服务 社区", "背街小巷 整治", "老旧小区 加装电梯", "学院路街道", "温榆河公园", "创城 宣传");

    private ReanalysisBench() {}

    public static void main(String[] args, PrintStream out) throws Exception {
        int size = 100_000;
        int threads = 2;
        Path dir = Path.of("target/reanalyse");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--out" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown reanalyse option " + args[i]);
            }
        }
        CorpusGenerator gen = new CorpusGenerator(7);
        Lexicon lexicon = new Lexicon();
        lexicon.addWords(List.of("接诉即办", "吹哨报到", "未诉先办", "文明引导", "垃圾分类", "首都文明区", "文明区创建"));
        lexicon.setSynonymGroups(List.of(List.of("创城", "创建文明城区")));
        IndexFiles.delete(dir);
        out.printf(
                "# reanalyse: %,d items, %d analysis threads, page %,d, cpus=%d, load average %s%n",
                size, threads, PAGE, Runtime.getRuntime().availableProcessors(), loadAverage());
        try (ItemIndex index = ItemIndex.open(
                dir, IndexConfig.defaults(new HanLPSegmenter(), lexicon).withRefreshMillis(0))) {
            long t0 = System.nanoTime();
            index.rebuild(archive(gen, 0, size), 1, threads, QUIET);
            out.printf("initial index: %.0f s%n", (System.nanoTime() - t0) / 1e9);

            lexicon.publish(
                    Stream.concat(
                                    lexicon.snapshot().terms().stream(),
                                    Stream.of(new LexiconTerm("温榆河公园", "ns"), new LexiconTerm("三山五园", "ns")))
                            .toList(),
                    List.of(List.of("创城", "创建文明城区"), List.of("温榆河公园", "温榆河森林公园")));
            out.printf("dictionary version %d published%n%n", lexicon.version());
            out.println(
                    "| re-analysis of " + String.format(Locale.ROOT, "%,d", size)
                            + " items | wall time | items/s | items per CPU-second | searches answered meanwhile | search p50 / p95 / p99 ms meanwhile |");
            out.println("|---|---|---|---|---|---|");
            int n = size;
            int t = threads;
            measure(out, "in place, pages of 1,000 (the server's job)", index, () -> {
                for (int from = 0; from < n; from += PAGE) {
                    index.importAll(archive(gen, from, Math.min(n, from + PAGE)), 1, t, QUIET);
                }
                return n;
            });
            measure(out, "rebuild of the whole contents", index, () -> {
                index.rebuild(archive(gen, 0, n), 1, t, QUIET);
                return n;
            });
        }
        IndexFiles.delete(dir);
        out.printf("%nload average at the end: %s%n", loadAverage());
    }

    interface Work {
        long run() throws IOException;
    }

    private static void measure(PrintStream out, String label, ItemIndex index, Work work) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        List<Long> latencies = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            int i = 0;
            while (!done.get()) {
                long s = System.nanoTime();
                try {
                    index.search(SearchRequest.builder()
                            .query(QUERIES.get(i++ % QUERIES.size()))
                            .build());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                latencies.add(System.nanoTime() - s);
            }
        });
        searcher.start();
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        long items = work.run();
        double secs = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        searcher.join();
        // Process CPU includes the searching thread: on a shared machine wall time depends on others' load.
        double cpuSecs = (cpuNanos() - cpu0) / 1e9;
        long[] lat = latencies.stream().mapToLong(Long::longValue).toArray();
        out.printf(
                Locale.ROOT,
                "| %s | %.0f s | %,.0f | %,.0f | %,d | %s |%n",
                label,
                secs,
                items / secs,
                items / cpuSecs,
                lat.length,
                percentiles(lat));
    }

    private static Iterator<ItemDocument> archive(CorpusGenerator gen, long from, long to) {
        return LongStream.range(from, to).mapToObj(gen::archiveItem).iterator();
    }

    private static String percentiles(long[] nanos) {
        return nanos.length == 0 ? "-" : CallMeter.pcts(nanos, 50, 95, 99);
    }
}
