package org.briefdesk.search.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.similar.MatchClass;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;

/**
 * {@code bench}: indexes generated archives of the given sizes with Briefdesk and with the baseline
 * (CJKAnalyzer bigrams + MoreLikeThis) and prints speed, size, heap and quality side by side.
 */
public final class Bench {
    private final PrintStream out;
    private final CorpusGenerator gen;
    private final int threads;
    private final int probes;
    private final int queries;
    private final boolean baseline;
    private final long seed;
    /** Runs one search's segment slices in parallel, as the server's managed executor does. */
    private final ExecutorService searchPool;
    /** Measures each call in wall time and in the CPU time of the caller and of {@link #searchPool}. */
    private final CallMeter meter = new CallMeter();
    /** Keep the built index (for a later {@code --reuse}) instead of deleting it after the run. */
    private boolean keep;
    /** Measure search and findSimilar on the index a {@code --keep} run left here; no indexing. */
    private Path reuse;

    Bench(PrintStream out, long seed, int threads, int probes, int queries, boolean baseline) {
        this.out = out;
        this.seed = seed;
        this.gen = new CorpusGenerator(seed);
        this.threads = threads;
        this.probes = probes;
        this.queries = queries;
        this.baseline = baseline;
        this.searchPool = Executors.newFixedThreadPool(threads, meter.threadFactory("bench-search"));
    }

    public static void main(String[] args, PrintStream out) throws Exception {
        List<Integer> sizes = List.of(10_000, 100_000);
        Path dir = Path.of("target/bench");
        int threads = 2, probes = 200, queries = 500;
        long seed = 7;
        boolean baseline = true, keep = false;
        Path reuse = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(args[++i].split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                case "--out" -> dir = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--probes" -> probes = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--keep" -> keep = true;
                case "--reuse" -> reuse = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown bench option " + args[i]);
            }
        }
        Bench b = new Bench(out, seed, threads, probes, queries, baseline);
        b.keep = keep;
        b.reuse = reuse;
        if (reuse != null) dir = reuse;
        out.printf(
                "# bench: sizes=%s threads=%d probes=%d queries=%d seed=%d cpus=%d maxHeap=%dMiB%s%n",
                sizes,
                threads,
                probes,
                queries,
                seed,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                reuse != null ? " reuse=" + reuse : keep ? " keep=" + dir : "");
        for (int size : sizes) {
            b.run(size, dir.resolve(Integer.toString(size)));
        }
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

    private void run(int size, Path dir) throws Exception {
        if (reuse == null) {
            deleteTree(dir);
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
        Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        currentSize = size;
        List<String> qs = queries(size);
        // Latencies are those of a warm server: the JIT, the page cache and Lucene's caches are first
        // warmed by as many other queries and lookups (other words, other items), never the measured ones.
        List<String> warmUp = queries(size + 1);
        Quality q;
        try (ItemIndex index = ItemIndex.open(
                dir.resolve("briefdesk"),
                IndexConfig.defaults(seg, lexicon).withRefreshMillis(0).withSearchExecutor(searchPool))) {
            // The origin names what was indexed, so that --reuse measures the archive it asks for.
            String origin = "bench seed=" + seed + " size=" + size;
            if (reuse == null) {
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
                rows.put("indexing rate (items/s, " + threads + " threads)", new String[] {fmt(size / secs), null});
                rows.put("indexing CPU cost (items per CPU-second)", new String[] {fmt(size / cpuSecs), null});
            } else if (!origin.equals(index.origin()) || index.size() != size) {
                throw new IllegalArgumentException("the index under " + dir + " holds '" + index.origin() + "' ("
                        + index.size() + " items), not '" + origin + "'");
            }
            long heap = heapAfterGc();
            rows.put("index size (MiB)", new String[] {fmt(dirSize(dir.resolve("briefdesk")) / 1048576.0), null});
            rows.put(
                    "heap after " + (reuse == null ? "load" : "opening") + " (MiB)",
                    new String[] {fmt(heap / 1048576.0), null});
            out.printf("  search phase starts (load average %s)%n", loadAverage());
            for (String w : warmUp)
                index.search(SearchRequest.builder().query(w).build());
            CallMeter.Sample lat = meter.sample();
            for (String query : qs)
                meter.time(
                        lat,
                        () -> index.search(SearchRequest.builder().query(query).build()));
            rows.put("search p50/p95/p99 ms (facets+highlight)", new String[] {lat.wall(50, 95, 99), null});
            rows.put(
                    "search CPU ms per query p50/p95/p99 (caller + search pool threads)",
                    new String[] {lat.cpu(50, 95, 99), null});
            q = quality(index);
            rows.put("findSimilar p50/p99 ms", new String[] {q.latency, null});
            rows.put("findSimilar CPU ms per call p50/p99", new String[] {q.cpu, null});
        }
        if (baseline && reuse == null) {
            try (Baseline b = new Baseline(dir.resolve("baseline"), searchPool)) {
                System.gc();
                long t0 = System.nanoTime();
                long cpu0 = cpuNanos();
                b.load(archive(size), threads);
                double secs = (System.nanoTime() - t0) / 1e9;
                rows.get("indexing CPU cost (items per CPU-second)")[1] = fmt(size / ((cpuNanos() - cpu0) / 1e9));
                long heap = heapAfterGc();
                rows.get("indexing rate (items/s, " + threads + " threads)")[1] = fmt(size / secs);
                rows.get("index size (MiB)")[1] = fmt(dirSize(dir.resolve("baseline")) / 1048576.0);
                rows.get("heap after load (MiB)")[1] = fmt(heap / 1048576.0);
                long[] lat = new long[qs.size()];
                for (String w : warmUp) b.search(w);
                for (int i = 0; i < qs.size(); i++) {
                    long s = System.nanoTime();
                    b.search(qs.get(i));
                    lat[i] = System.nanoTime() - s;
                }
                rows.get("search p50/p95/p99 ms (facets+highlight)")[1] = pcts(lat) + " (highlight, no facets)";
                baselineQuality(b, q);
                rows.get("findSimilar p50/p99 ms")[1] = q.baseLatency + " (MoreLikeThis)";
            }
        }
        out.printf("load average (all processes on the machine): %s%n%n", loadAverage());
        out.println("| measure | Briefdesk | baseline (CJK bigrams + MLT) |");
        out.println("|---|---|---|");
        rows.forEach((k, v) -> out.printf("| %s | %s | %s |%n", k, v[0], v[1] == null ? "-" : v[1]));
        q.print(out, baseline && reuse == null);
        if (reuse == null && !keep) deleteTree(dir);
        else if (keep) deleteTree(dir.resolve("baseline"));
    }

    /** Evaluation state: per-kind DUPLICATE counts, SAME_EVENT and negatives. */
    final class Quality {
        final Map<VariantKind, int[]> dup = new EnumMap<>(VariantKind.class); // tp, fp, n
        final Map<VariantKind, int[]> baseDup = new EnumMap<>(VariantKind.class);
        final Map<VariantKind, List<SimilarityEvidence>> ev = new EnumMap<>(VariantKind.class);
        int fpShown, missShown, seTp, seAsDup, seFn, seFp, seN, negDup, negSe, negN, baseSeTop10, baseNegDup;
        final List<SimilarityEvidence> seEv = new ArrayList<>();
        final List<SimilarityEvidence> negEv = new ArrayList<>();
        String latency, cpu, baseLatency;

        void print(PrintStream o, boolean withBase) {
            o.println();
            o.println(
                    "| DUPLICATE variant | recall | precision | baseline recall | baseline precision | min Jaccard | min containment | min sentence overlap |");
            o.println("|---|---|---|---|---|---|---|---|");
            int tp = 0, fp = 0, n = 0, btp = 0, bfp = 0;
            for (VariantKind k : VariantKind.values()) {
                int[] c = dup.get(k);
                int[] b = baseDup.getOrDefault(k, new int[3]);
                tp += c[0];
                fp += c[1];
                n += c[2];
                btp += b[0];
                bfp += b[1];
                List<SimilarityEvidence> e = ev.get(k);
                o.printf(
                        "| %s | %.3f | %.3f | %s | %s | %.2f | %.2f | %.2f |%n",
                        k,
                        c[0] / (double) c[2],
                        prec(c[0], c[1]),
                        withBase ? String.format(Locale.ROOT, "%.3f", b[0] / (double) c[2]) : "-",
                        withBase ? String.format(Locale.ROOT, "%.3f", prec(b[0], b[1])) : "-",
                        e.stream()
                                .mapToDouble(SimilarityEvidence::jaccard)
                                .min()
                                .orElse(0),
                        e.stream()
                                .mapToDouble(SimilarityEvidence::containment)
                                .min()
                                .orElse(0),
                        e.stream()
                                .mapToDouble(SimilarityEvidence::sentenceOverlap)
                                .min()
                                .orElse(0));
            }
            o.printf(
                    "| **all kinds** | **%.3f** | **%.3f** | %s | %s | | | |%n",
                    tp / (double) n,
                    prec(tp, fp),
                    withBase ? String.format(Locale.ROOT, "%.3f", btp / (double) n) : "-",
                    withBase ? String.format(Locale.ROOT, "%.3f", prec(btp, bfp)) : "-");
            o.println();
            o.printf(
                    "SAME_EVENT (other unit, reworded; %d probes): recall %.3f, precision %.3f; classified DUPLICATE instead: %d; missed: %d. Baseline: original in MoreLikeThis top 10 for %s (no classification).%n",
                    seN,
                    seTp / (double) seN,
                    prec(seTp, seFp),
                    seAsDup,
                    seFn,
                    withBase ? String.format(Locale.ROOT, "%.3f", baseSeTop10 / (double) seN) : "-");
            o.printf(
                    "Same-topic negatives (%d): flagged DUPLICATE %.3f (baseline %s), flagged SAME_EVENT %.3f.%n",
                    negN,
                    negDup / (double) negN,
                    withBase ? String.format(Locale.ROOT, "%.3f", baseNegDup / (double) negN) : "-",
                    negSe / (double) negN);
            o.printf(
                    "Signals (p10 / median / p90): same event: cosine %s, entity %s, jaccard %s; same-topic negatives: cosine %s, entity %s, jaccard %s, containment %s, sentence %s%n",
                    dist(seEv, SimilarityEvidence::cosine),
                    dist(seEv, SimilarityEvidence::entityOverlap),
                    dist(seEv, SimilarityEvidence::jaccard),
                    dist(negEv, SimilarityEvidence::cosine),
                    dist(negEv, SimilarityEvidence::entityOverlap),
                    dist(negEv, SimilarityEvidence::jaccard),
                    dist(negEv, SimilarityEvidence::containment),
                    dist(negEv, SimilarityEvidence::sentenceOverlap));
        }
    }

    private static String dist(List<SimilarityEvidence> l, java.util.function.ToDoubleFunction<SimilarityEvidence> f) {
        double[] v = l.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) return "-";
        return String.format(
                Locale.ROOT,
                "%.2f/%.2f/%.2f",
                v[(int) (v.length * 0.1)],
                v[v.length / 2],
                v[(int) Math.min(v.length - 1, v.length * 0.9)]);
    }

    private static double prec(int tp, int fp) {
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    private long[] probeIds(int size) {
        long[] ids = new long[Math.min(probes, size)];
        for (int k = 0; k < ids.length; k++) ids[k] = (long) k * (size / ids.length);
        return ids;
    }

    private interface Lookup {
        void find(ItemDocument probe) throws IOException;
    }

    /** As many lookups as the measured ones, of the neighbouring items (i + 1), not measured. */
    private void warmUp(Lookup lookup) throws IOException {
        for (long i : probeIds(currentSize)) {
            ItemDocument other = gen.archiveItem(i + 1);
            for (VariantKind k : VariantKind.values()) lookup.find(gen.variant(other, k, "w" + i + k, i + 1));
            lookup.find(gen.sameEvent(i + 1, "wse" + i));
            lookup.find(gen.sameTopic(i + 1, "wst" + i));
        }
    }

    private Quality quality(ItemIndex index) throws IOException {
        Quality q = new Quality();
        warmUp(index::findSimilar);
        CallMeter.Sample lat = meter.sample();
        for (VariantKind k : VariantKind.values()) {
            q.dup.put(k, new int[3]);
            q.ev.put(k, new ArrayList<>());
        }
        for (long i : probeIds(currentSize)) {
            ItemDocument original = gen.archiveItem(i);
            String oid = original.id();
            for (VariantKind k : VariantKind.values()) {
                ItemDocument v = gen.variant(original, k, "v" + i + k, i);
                List<SimilarMatch> ms = meter.time(lat, () -> index.findSimilar(v));
                int[] c = q.dup.get(k);
                c[2]++;
                for (SimilarMatch m : ms) {
                    if (m.matchClass() != MatchClass.DUPLICATE) continue;
                    if (m.id().equals(oid)) c[0]++;
                    else {
                        c[1]++;
                        if (q.fpShown++ < 5)
                            out.printf(
                                    "  false DUPLICATE: %s variant of %s matched %s: %s%n",
                                    k, oid, m.id(), m.evidence());
                    }
                }
                SimilarityEvidence e = index.explain(v, original);
                q.ev.get(k).add(e);
                if (ms.stream().noneMatch(m -> m.id().equals(oid) && m.matchClass() == MatchClass.DUPLICATE)
                        && q.missShown++ < 6) {
                    out.printf(
                            "  missed DUPLICATE: %s of %s (%s; returned as %s): %s%n",
                            k,
                            oid,
                            index.classify(e),
                            ms.stream()
                                    .filter(m -> m.id().equals(oid))
                                    .map(m -> m.matchClass().toString())
                                    .findFirst()
                                    .orElse("not a candidate"),
                            e);
                }
            }
            ItemDocument se = gen.sameEvent(i, "se" + i);
            List<SimilarMatch> ms = meter.time(lat, () -> index.findSimilar(se));
            q.seN++;
            boolean found = false;
            for (SimilarMatch m : ms) {
                if (m.id().equals(oid)) {
                    found = true;
                    if (m.matchClass() == MatchClass.SAME_EVENT) q.seTp++;
                    else if (m.matchClass() == MatchClass.DUPLICATE) {
                        q.seAsDup++;
                        if (q.fpShown++ < 10)
                            out.printf("  same event taken for DUPLICATE: %s: %s%n", oid, m.evidence());
                    } else q.seFn++;
                } else if (m.matchClass() == MatchClass.SAME_EVENT) {
                    q.seFp++;
                }
            }
            if (!found) q.seFn++;
            q.seEv.add(index.explain(se, original));
            ItemDocument neg = gen.sameTopic(i, "st" + i);
            ms = meter.time(lat, () -> index.findSimilar(neg));
            q.negN++;
            if (ms.stream().anyMatch(m -> m.matchClass() == MatchClass.DUPLICATE)) q.negDup++;
            long seMatches = ms.stream()
                    .filter(m -> m.matchClass() == MatchClass.SAME_EVENT)
                    .count();
            if (seMatches > 0) q.negSe++;
            q.seFp += (int) seMatches;
            q.negEv.add(index.explain(neg, original));
        }
        q.latency = lat.wall(50, 99);
        q.cpu = lat.cpu(50, 99);
        return q;
    }

    private void baselineQuality(Baseline b, Quality q) throws IOException {
        warmUp(b::similar);
        List<Long> lat = new ArrayList<>();
        for (long i : probeIds(currentSize)) {
            ItemDocument original = gen.archiveItem(i);
            for (VariantKind k : VariantKind.values()) {
                long s = System.nanoTime();
                List<Object[]> ms = b.similar(gen.variant(original, k, "v" + i + k, i));
                lat.add(System.nanoTime() - s);
                int[] c = q.baseDup.computeIfAbsent(k, x -> new int[3]);
                for (Object[] m : ms) {
                    if ((double) m[1] < 0.8) continue;
                    if (m[0].equals(original.id())) c[0]++;
                    else c[1]++;
                }
            }
            List<Object[]> se = b.similar(gen.sameEvent(i, "se" + i));
            if (se.stream().anyMatch(m -> m[0].equals(original.id()))) q.baseSeTop10++;
            List<Object[]> neg = b.similar(gen.sameTopic(i, "st" + i));
            if (neg.stream().anyMatch(m -> (double) m[1] >= 0.8)) q.baseNegDup++;
        }
        q.baseLatency = pcts(lat.stream().mapToLong(Long::longValue).toArray(), 50, 99);
    }

    private int currentSize;

    /** The bench's queries: 1–3 words of the district's vocabulary, drawn with {@code seed}. */
    private List<String> queries(int seed) {
        Random r = new Random(seed);
        List<String> vocab = new ArrayList<>(List.of(
                "垃圾分类", "文明引导", "接诉即办", "志愿服务", "背街小巷", "老旧小区", "加装电梯", "消防安全", "电动自行车", "光盘行动", "文明养犬", "网络诈骗", "停车",
                "居民", "社区", "志愿者", "整治", "创城", "宣传", "学院路街道", "中关村街道", "区城管委", "区商务局", "桶前值守", "斑马线", "12345", "诉求",
                "满意率", "隐患", "党员"));
        List<String> qs = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            int n = 1 + r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) sb.append(' ');
                sb.append(vocab.get(r.nextInt(vocab.size())));
            }
            qs.add(sb.toString());
        }
        return qs;
    }

    private static String pcts(long[] nanos) {
        return CallMeter.pcts(nanos, 50, 95, 99);
    }

    private static String pcts(long[] nanos, int... ps) {
        return CallMeter.pcts(nanos, ps);
    }

    /** CPU time of this process: on a shared machine wall-clock rates depend on other people's load. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long dirSize(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
