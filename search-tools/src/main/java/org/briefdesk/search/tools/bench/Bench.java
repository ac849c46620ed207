package org.briefdesk.search.tools.bench;

import static org.briefdesk.search.tools.bench.ProcessFigures.loadAverage;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.tools.corpus.CorpusGenerator;

/**
 * {@code bench}: indexes generated archives of the given sizes with Briefdesk and with the baseline
 * (CJKAnalyzer bigrams + MoreLikeThis) and prints speed, size, heap and quality side by side. This
 * class runs the phases for each size: {@link SearchPhase}, then {@link DuplicatePhase}.
 */
public final class Bench {
    private final PrintStream out;
    private final BenchOptions options;
    private final CorpusGenerator gen;
    /** Runs one search's segment slices in parallel, as the server's managed executor does. */
    private final ExecutorService searchPool;

    private final SearchPhase search;
    private final DuplicatePhase duplicates;

    private Bench(PrintStream out, BenchOptions options) {
        this.out = out;
        this.options = options;
        this.gen = new CorpusGenerator(options.seed());
        // Measures each call in wall time and in the CPU time of the caller and of the search pool.
        CallMeter meter = new CallMeter();
        this.searchPool = Executors.newFixedThreadPool(options.threads(), meter.threadFactory("bench-search"));
        this.search = new SearchPhase(out, gen, meter, options);
        this.duplicates = new DuplicatePhase(out, gen, meter, options.probes());
    }

    public static void main(String[] args, PrintStream out) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Bench b = new Bench(out, options);
        out.printf("%s%n", options.header());
        for (int size : options.sizes()) {
            b.run(size, options.dir(size));
        }
    }

    private void run(int size, Path dir) throws Exception {
        if (options.builds()) {
            IndexFiles.delete(dir);
            Files.createDirectories(dir);
        } else if (!Files.isDirectory(dir.resolve("briefdesk"))) {
            throw new IllegalArgumentException(
                    "no index of " + size + " items under " + dir + " (build it with --keep)");
        }
        long chars = 0;
        for (int i = 0; i < 2000; i++)
            chars += gen.archiveItem(i).body().length()
                    + gen.archiveItem(i).title().length();
        out.printf(
                "%n## archive of %,d items (avg %d chars per item; load average at start: %s)%n%n",
                size, chars / 2000, loadAverage());
        Lexicon lexicon = new Lexicon();
        lexicon.addWords(List.of("接诉即办", "吹哨报到", "未诉先办", "文明引导", "垃圾分类", "首都文明区", "文明区创建"));
        lexicon.setSynonymGroups(List.of(List.of("创城", "创建文明城区")));
        HanLPSegmenter seg = new HanLPSegmenter();
        MeasureTable table = new MeasureTable();
        List<String> queries = BenchQueries.draw(options.queries(), size);
        // Warmed by as many other queries as are measured (drawn with another seed).
        List<String> warmUp = BenchQueries.draw(options.queries(), size + 1);
        DuplicateQuality quality;
        try (ItemIndex index = ItemIndex.open(
                dir.resolve("briefdesk"),
                IndexConfig.defaults(seg, lexicon).withRefreshMillis(0).withSearchExecutor(searchPool))) {
            search.briefdesk(index, size, dir, queries, warmUp, table);
            quality = duplicates.measure(index, size);
            table.briefdesk("findSimilar p50/p99 ms", quality.latency);
            table.briefdesk("findSimilar CPU ms per call p50/p99", quality.cpu);
        }
        if (options.withBaseline()) {
            try (Baseline b = new Baseline(dir.resolve("baseline"), searchPool)) {
                search.baseline(b, size, dir, queries, warmUp, table);
                duplicates.measureBaseline(b, size, quality);
                table.baseline("findSimilar p50/p99 ms", quality.baseLatency + " (MoreLikeThis)");
            }
        }
        out.printf("load average (all processes on the machine): %s%n%n", loadAverage());
        table.print(out);
        quality.print(out, options.withBaseline());
        if (options.builds() && !options.keep()) IndexFiles.delete(dir);
        else if (options.keep()) IndexFiles.delete(dir.resolve("baseline"));
    }
}
