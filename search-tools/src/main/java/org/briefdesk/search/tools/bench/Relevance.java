package org.briefdesk.search.tools.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.RebuildListener;
import org.briefdesk.search.analysis.CharFolding;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;

/**
 * Relevance benchmark (issue 11): the same items and the same queries against Briefdesk and a Lucene
 * {@link CJKAnalyzer} bigram baseline (QueryParser, default OR over title and body), in one run.
 * Queries as an editor types them: an item's headline (is the item in the top 3?), 12 and 6
 * consecutive characters of its body (top 10?), a quoted phrase of 4–8 Han characters (what share of
 * the hits really contain it?), each with p50/p95 latency (ranking only: no facets, no highlights).
 * Stretches are drawn without whitespace and without query syntax characters, for both systems.
 */
public final class Relevance {
    private static final String SYNTAX = "\"“”＂()（）[]{}:：^~*?\\/+-!&|";
    private static final int PRECISION_DEPTH = 50;

    private Relevance() {}

    record Kind(String name, int depth) {}

    static final Kind HEADLINE = new Kind("headline → item in top 3", 3);
    static final Kind S12 = new Kind("12-char body stretch → top 10", 10);
    static final Kind S6 = new Kind("6-char body stretch → top 10", 10);
    static final Kind QUOTED = new Kind("quoted 4–8-char phrase → precision", PRECISION_DEPTH);

    record Probe(Kind kind, String text, String targetId) {}

    public static void main(String[] args, PrintStream out) throws Exception {
        String corpus = "generated";
        Path source = null;
        int items = 10_000;
        int queries = 300;
        long seed = 11;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--generated" -> items = Integer.parseInt(args[++i]);
                case "--manpages" -> {
                    corpus = "manpages";
                    source = Path.of(args[++i]);
                }
                case "--manpages-without-colophon" -> {
                    corpus = "manpages-without-colophon";
                    source = Path.of(args[++i]);
                }
                case "--html" -> {
                    corpus = "html";
                    source = Path.of(args[++i]);
                }
                case "--jsonl" -> {
                    corpus = "jsonl";
                    source = Path.of(args[++i]);
                }
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> work = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i]
                                    + "; use --generated N | --manpages DIR | --manpages-without-colophon DIR | --html DIR | --jsonl FILE, --queries N, --seed S, --out DIR");
            }
        }
        List<ItemDocument> docs = switch (corpus) {
            case "manpages" -> RelevanceCorpus.manPages(source);
            case "manpages-without-colophon" -> RelevanceCorpus.manPages(source, true);
            case "html" -> RelevanceCorpus.htmlPages(source);
            case "jsonl" -> RelevanceCorpus.jsonl(source);
            default -> RelevanceCorpus.generated(items, seed);
        };
        out.printf(
                Locale.ROOT,
                "# relevance: corpus=%s items=%,d queries per kind=%d seed=%d cpus=%d%n",
                corpus + (source == null ? "" : " " + source),
                docs.size(),
                queries,
                seed,
                Runtime.getRuntime().availableProcessors());
        List<Probe> probes = probes(docs, queries, new Random(seed));
        Map<String, String> folded = new HashMap<>();
        for (ItemDocument d : docs) {
            folded.put(d.id(), CharFolding.fold(d.title() + "\n" + d.body()));
        }
        // Made only now and only without --out: one made before reading the options stayed behind, empty.
        work = work == null ? Files.createTempDirectory("briefdesk-relevance") : Files.createDirectories(work);
        List<String> misses = new ArrayList<>();
        Map<Kind, Figures> ours;
        Map<Kind, Figures> base;
        try (ItemIndex index = ItemIndex.open(
                work.resolve("briefdesk"),
                IndexConfig.defaults(new HanLPSegmenter(), new Lexicon()).withRefreshMillis(0))) {
            long t0 = System.nanoTime();
            index.rebuild(docs.iterator(), 1, 2, RebuildListener.NONE);
            index.refresh();
            out.printf(
                    Locale.ROOT,
                    "  briefdesk indexed %,d items in %.1f s%n",
                    docs.size(),
                    (System.nanoTime() - t0) / 1e9);
            ours = measure(probes, folded, misses, q -> {
                try {
                    return index
                            .search(SearchRequest.builder()
                                    .query(q)
                                    .page(0, PRECISION_DEPTH)
                                    .facets(false)
                                    .highlight(false)
                                    .build())
                            .hits()
                            .stream()
                            .map(SearchHit::id)
                            .toList();
                } catch (Exception e) {
                    return List.of(); // a query the system cannot answer counts as a miss
                }
            });
        }
        try (FSDirectory dir = FSDirectory.open(work.resolve("baseline"))) {
            CJKAnalyzer cjk = new CJKAnalyzer();
            long t0 = System.nanoTime();
            try (IndexWriter w = new IndexWriter(
                    dir,
                    new IndexWriterConfig(cjk)
                            // CREATE: a second run with the same --out appended to the first's items and doubled them.
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                            .setRAMBufferSizeMB(64))) {
                for (ItemDocument d : docs) {
                    Document doc = new Document();
                    doc.add(new StringField("id", d.id(), Field.Store.YES));
                    doc.add(new TextField("title", d.title(), Field.Store.NO));
                    doc.add(new TextField("body", d.body(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            out.printf(
                    Locale.ROOT,
                    "  baseline indexed %,d items in %.1f s%n",
                    docs.size(),
                    (System.nanoTime() - t0) / 1e9);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                base = measure(probes, folded, new ArrayList<>(), q -> {
                    try {
                        QueryParser p = new MultiFieldQueryParser(new String[] {"title", "body"}, cjk);
                        String text = q.startsWith("\"")
                                ? "\"" + QueryParser.escape(q.substring(1, q.length() - 1)) + "\""
                                : QueryParser.escape(q);
                        List<String> ids = new ArrayList<>();
                        for (ScoreDoc sd : s.search(p.parse(text), PRECISION_DEPTH).scoreDocs) {
                            ids.add(s.storedFields().document(sd.doc).get("id"));
                        }
                        return ids;
                    } catch (Exception e) {
                        return List.of();
                    }
                });
            }
        }
        print(out, ours, base, misses);
    }

    /** One system's figures for one kind of query. */
    record Figures(double score, double p50, double p95, double quotedRecall, VerbatimTally verbatim) {}

    private static void print(PrintStream out, Map<Kind, Figures> ours, Map<Kind, Figures> base, List<String> misses) {
        out.println();
        out.println(
                "| query | Briefdesk | baseline (CJKAnalyzer bigrams, OR) | Briefdesk p50 / p95 ms | baseline p50 / p95 ms |");
        out.println("|---|---|---|---|---|");
        for (Kind k : List.of(HEADLINE, S12, S6, QUOTED)) {
            Figures o = ours.get(k);
            Figures b = base.get(k);
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.1f / %.1f | %.1f / %.1f |%n",
                    k.name(),
                    o.score(),
                    b.score(),
                    o.p50(),
                    o.p95(),
                    b.p50(),
                    b.p95());
        }
        out.println();
        misses.stream().limit(20).forEach(m -> out.println("  missed by Briefdesk: " + m));
        out.println();
        out.printf(
                Locale.ROOT,
                "| quoted phrase: source item found (recall) | %.3f | %.3f | | |%n",
                ours.get(QUOTED).quotedRecall(),
                base.get(QUOTED).quotedRecall());
        for (Kind k : List.of(S12, S6)) {
            VerbatimTally o = ours.get(k).verbatim();
            VerbatimTally b = base.get(k).verbatim();
            out.printf(
                    Locale.ROOT,
                    "| %s, stretch in that item only (%d) | %.3f | %.3f | | |%n",
                    k.name(),
                    o.unique(),
                    o.uniqueFound(),
                    b.uniqueFound());
            out.printf(
                    Locale.ROOT,
                    "| %s, stretch word for word in several items (%d; chance alone: %.3f) | %.3f | %.3f | | |%n",
                    k.name(),
                    o.shared(),
                    o.sharedChance(),
                    o.sharedFound(),
                    b.sharedFound());
            out.printf(
                    Locale.ROOT,
                    "| %s, stretch in at most %d items (%d) | %s | %s | | |%n",
                    k.name(),
                    VerbatimTally.AMBIGUOUS_ITEMS,
                    o.few(),
                    share(o.fewFound()),
                    share(b.fewFound()));
            out.printf(
                    Locale.ROOT,
                    "| %s, stretch in more than %d items (%d): top 10 all items containing it (the best any ranker can do) | %s | %s | | |%n",
                    k.name(),
                    VerbatimTally.AMBIGUOUS_ITEMS,
                    o.many(),
                    share(o.manyBest()),
                    share(b.manyBest()));
        }
    }

    private static Map<Kind, Figures> measure(
            List<Probe> probes,
            Map<String, String> folded,
            List<String> misses,
            Function<String, List<String>> search) {
        // Warm-up: the same probes once, unmeasured, so both systems are measured warm.
        for (Probe p : probes) {
            search.apply(p.text());
        }
        Map<Kind, List<Double>> scores = new HashMap<>();
        Map<Kind, List<Double>> times = new HashMap<>();
        Map<Kind, List<Double>> recall = new HashMap<>();
        Map<Kind, VerbatimTally> verbatim = new HashMap<>();
        for (Probe p : probes) {
            long t0 = System.nanoTime();
            List<String> ids = search.apply(p.text());
            times.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
            double score;
            if (p.kind() == QUOTED) {
                String phrase = CharFolding.fold(p.text().substring(1, p.text().length() - 1));
                long exact = ids.stream()
                        .filter(id -> folded.get(id).contains(phrase))
                        .count();
                score = ids.isEmpty() ? 1.0 : (double) exact / ids.size();
                recall.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(ids.contains(p.targetId()) ? 1.0 : 0.0);
            } else {
                List<String> top = ids.subList(0, Math.min(p.kind().depth(), ids.size()));
                score = top.contains(p.targetId()) ? 1.0 : 0.0;
                if (p.kind() != HEADLINE) {
                    String stretch = CharFolding.fold(p.text());
                    long carriers = folded.values().stream()
                            .filter(t -> t.contains(stretch))
                            .count();
                    boolean topAllCarriers = top.size() == p.kind().depth()
                            && top.stream().allMatch(id -> folded.get(id).contains(stretch));
                    verbatim.computeIfAbsent(p.kind(), k -> new VerbatimTally(k.depth()))
                            .add(carriers, score, topAllCarriers);
                }
                if (score == 0) {
                    misses.add(p.kind().name() + ": " + p.text() + " (item " + p.targetId() + " at rank "
                            + (ids.indexOf(p.targetId()) + 1) + " of " + ids.size() + ")");
                }
            }
            scores.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(score);
        }
        Map<Kind, Figures> out = new HashMap<>();
        for (Kind k : scores.keySet()) {
            double[] t = times.get(k).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            out.put(
                    k,
                    new Figures(
                            average(scores.get(k)),
                            percentile(t, 0.50),
                            percentile(t, 0.95),
                            average(recall.getOrDefault(k, List.of())),
                            verbatim.getOrDefault(k, new VerbatimTally(k.depth()))));
        }
        return out;
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** A share to three places, or a dash when there was nothing to count. */
    private static String share(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.3f", share);
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static List<Probe> probes(List<ItemDocument> docs, int perKind, Random r) {
        List<Probe> out = new ArrayList<>();
        for (Kind k : List.of(HEADLINE, S12, S6, QUOTED)) {
            int made = 0;
            for (int attempt = 0; made < perKind && attempt < perKind * 50; attempt++) {
                ItemDocument d = docs.get(r.nextInt(docs.size()));
                String text = k == HEADLINE
                        ? headline(d)
                        : k == QUOTED ? quoted(d.body(), r) : stretch(d.body(), k == S12 ? 12 : 6, r);
                if (text != null) {
                    out.add(new Probe(k, text, d.id()));
                    made++;
                }
            }
        }
        return out;
    }

    private static String headline(ItemDocument d) {
        String t = d.title().strip();
        return t.isEmpty() || t.chars().anyMatch(c -> SYNTAX.indexOf(c) >= 0) ? null : t;
    }

    /** {@code len} consecutive characters with at least half of them Han, no whitespace, no syntax. */
    static String stretch(String body, int len, Random r) {
        if (body.length() <= len) {
            return null;
        }
        int s = r.nextInt(body.length() - len);
        String t = body.substring(s, s + len);
        if (t.chars()
                .anyMatch(
                        c -> Character.isWhitespace(c) || SYNTAX.indexOf(c) >= 0 || Character.isSurrogate((char) c))) {
            return null;
        }
        return RelevanceCorpus.hanCount(t) * 2 >= len ? t : null;
    }

    private static String quoted(String body, Random r) {
        int len = 4 + r.nextInt(5);
        String t = stretch(body, len, r);
        return t == null || RelevanceCorpus.hanCount(t) != len ? null : "\"" + t + "\"";
    }
}
