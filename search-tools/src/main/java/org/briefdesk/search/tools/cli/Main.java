package org.briefdesk.search.tools.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.AnalysisMode;
import org.briefdesk.search.analysis.BriefdeskAnalyzer;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.QuerySyntaxException;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.tools.bench.Bench;
import org.briefdesk.search.tools.bench.ColumnBench;
import org.briefdesk.search.tools.bench.ReanalysisBench;
import org.briefdesk.search.tools.bench.Relevance;
import org.briefdesk.search.tools.bench.Segmentation;

/**
 * Command line: {@code index}, {@code search}, {@code similar}, {@code analyze}, {@code bench}.
 * See search/README.md. Exit status: 0 success, 1 usage error, 2 query syntax or I/O error.
 */
public final class Main {
    static final String USAGE = """
      usage: java -jar briefdesk-search-cli.jar COMMAND [options]
        index   --index DIR [--threads N] FILE.jsonl     import items ({"id","title","body"} + unit, date, column)
        search  --index DIR [--limit N] ["QUERY"]        JSON lines; without QUERY one query per stdin line
        similar --index DIR FILE.jsonl                   DUPLICATE / SAME_EVENT / RELATED per input line
        analyze [--mode index|query]                     tokens of each stdin line, separated by two spaces
        bench   [--sizes 10000,100000] [--out DIR] [--probes N] [--queries N] [--threads N] [--no-baseline]
                [--keep | --reuse DIR]                   keep the built index under DIR/SIZE, or measure search and
                                                          findSimilar on the one kept there (no indexing)
        reanalyse [--size 100000] [--threads N] [--out DIR]   re-analysis after a dictionary change, in place and as a rebuild
        relevance [--generated N | --manpages DIR | --manpages-without-colophon DIR | --html DIR | --jsonl FILE]
                [--queries N] [--seed S] [--out DIR]
        segmentation [--manpages DIR] [--html DIR] [--jsonl FILE] [--examples N]
                                                         query analyzer against HanLP.newSegment(): word-boundary F1
        columns FILE.jsonl …                             column suggestion hit rate, leave-one-out ({"title","body","column"})
      common: --dict FILE (one word per line)  --synonyms FILE (one group per line: 创城,创建文明城区)
      """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Main() {}

    public static void main(String[] args) {
        int rc = run(
                args,
                System.in,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(rc);
    }

    /** Runs a command; streams are parameters so tests can drive it in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 1;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 1;
        }
        try {
            return switch (args[0]) {
                case "index" -> index(o, out, err);
                case "search" -> search(o, in, out, err);
                case "similar" -> similar(o, out, err);
                case "analyze" -> analyze(o, in, out);
                case "bench" -> {
                    Bench.main(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                    yield 0;
                }
                case "columns" -> {
                    ColumnBench.main(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                    yield 0;
                }
                case "reanalyse" -> {
                    ReanalysisBench.main(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                    yield 0;
                }
                case "relevance" -> {
                    Relevance.main(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                    yield 0;
                }
                case "segmentation" -> {
                    Segmentation.main(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                    yield 0;
                }
                default -> {
                    err.println("error: unknown command " + args[0]);
                    err.print(USAGE);
                    yield 1;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("error: " + e);
            return 2;
        }
    }

    /** Parsed options: flags with values, and positional arguments. */
    record Options(
            String command,
            Path index,
            Path dict,
            Path synonyms,
            int limit,
            int threads,
            String mode,
            List<String> positional) {
        static Options parse(String[] args) {
            Path index = null, dict = null, syn = null;
            int limit = 10, threads = 2;
            String mode = "query";
            List<String> pos = new ArrayList<>();
            boolean bench = args[0].equals("bench")
                    || args[0].equals("relevance")
                    || args[0].equals("reanalyse")
                    || args[0].equals("segmentation");
            for (int i = 1; i < args.length && !bench; i++) {
                String a = args[i];
                switch (a) {
                    case "--index" -> index = Path.of(value(args, ++i, a));
                    case "--dict" -> dict = Path.of(value(args, ++i, a));
                    case "--synonyms" -> syn = Path.of(value(args, ++i, a));
                    case "--limit" -> limit = positiveInt(value(args, ++i, a), a);
                    case "--threads" -> threads = positiveInt(value(args, ++i, a), a);
                    case "--mode" -> {
                        mode = value(args, ++i, a).toLowerCase(Locale.ROOT);
                        if (!mode.equals("index") && !mode.equals("query"))
                            throw new IllegalArgumentException("--mode must be index or query");
                    }
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                        pos.add(a);
                    }
                }
            }
            return new Options(args[0], index, dict, syn, limit, threads, mode, pos);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
            return args[i];
        }

        private static int positiveInt(String v, String flag) {
            try {
                int n = Integer.parseInt(v);
                if (n <= 0) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a positive number");
            }
        }
    }

    private static Lexicon lexicon(Options o) throws IOException {
        Lexicon l = new Lexicon();
        if (o.dict() != null) l.loadWords(o.dict());
        if (o.synonyms() != null) l.loadSynonyms(o.synonyms());
        return l;
    }

    private static ItemIndex open(Options o, boolean mustExist) throws IOException {
        if (o.index() == null) throw new IllegalArgumentException("--index DIR is required");
        if (mustExist) {
            try (FSDirectory d = FSDirectory.open(o.index())) {
                if (!Files.isDirectory(o.index()) || !DirectoryReader.indexExists(d)) {
                    throw new IllegalArgumentException(
                            "no index at " + o.index() + " (create it with: index --index DIR FILE.jsonl)");
                }
            }
        }
        return ItemIndex.open(
                o.index(),
                IndexConfig.defaults(new HanLPSegmenter(), lexicon(o)).withRefreshMillis(0));
    }

    private static Path inputFile(Options o) {
        if (o.positional().size() != 1) throw new IllegalArgumentException("exactly one FILE.jsonl expected");
        Path p = Path.of(o.positional().get(0));
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + p);
        return p;
    }

    static int index(Options o, PrintStream out, PrintStream err) throws IOException {
        Path file = inputFile(o);
        long t0 = System.nanoTime();
        try (ItemIndex index = open(o, false);
                InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            JsonlReader reader = new JsonlReader(in, (line, msg) -> err.printf("line %d: %s (skipped)%n", line, msg));
            long indexed = index.importAll(
                    reader,
                    index.lastAppliedSequence() + 1,
                    o.threads(),
                    (done, failed, rate) -> err.printf("indexed %,d items (%.0f items/s)%n", done, rate));
            double secs = (System.nanoTime() - t0) / 1e9;
            ObjectNode s = JSON.createObjectNode();
            s.put("indexed", indexed);
            s.put("skipped", reader.skipped());
            s.put("lines", reader.lines());
            s.put("total", index.size());
            s.put("seconds", Math.round(secs * 10) / 10.0);
            s.put("itemsPerSecond", Math.round(indexed / Math.max(secs, 1e-3)));
            out.println(JSON.writeValueAsString(s));
            return 0;
        }
    }

    static int search(Options o, InputStream in, PrintStream out, PrintStream err) throws IOException {
        try (ItemIndex index = open(o, true)) {
            if (!o.positional().isEmpty()) {
                String q = String.join(" ", o.positional());
                try {
                    for (SearchHit h : index.search(request(q, o.limit())).hits()) {
                        out.println(JSON.writeValueAsString(hit(h)));
                    }
                    return 0;
                } catch (QuerySyntaxException e) {
                    err.println("error: " + e.getMessage());
                    return 2;
                }
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                ObjectNode res = JSON.createObjectNode();
                res.put("query", line);
                try {
                    SearchResult sr = index.search(request(line, o.limit()));
                    ArrayNode arr = res.putArray("results");
                    for (SearchHit h : sr.hits()) arr.add(hit(h));
                } catch (QuerySyntaxException e) {
                    res.putArray("results");
                    res.put("error", e.getMessage());
                }
                out.println(JSON.writeValueAsString(res));
            }
            return 0;
        }
    }

    private static SearchRequest request(String q, int limit) {
        return SearchRequest.builder().query(q).page(0, limit).facets(false).build();
    }

    private static ObjectNode hit(SearchHit h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", h.id());
        n.put("score", Math.round(h.score() * 1000) / 1000.0);
        n.put("title", h.title());
        ArrayNode f = n.putArray("fragments");
        h.fragments().forEach(f::add);
        return n;
    }

    static int similar(Options o, PrintStream out, PrintStream err) throws IOException {
        Path file = inputFile(o);
        try (ItemIndex index = open(o, true);
                InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            JsonlReader reader = new JsonlReader(in, (line, msg) -> err.printf("line %d: %s (skipped)%n", line, msg));
            while (reader.hasNext()) {
                ItemDocument d = reader.next();
                ObjectNode res = JSON.createObjectNode();
                res.put("id", d.id());
                ArrayNode arr = res.putArray("matches");
                for (SimilarMatch m : index.findSimilar(d)) {
                    ObjectNode n = arr.addObject();
                    n.put("id", m.id());
                    n.put("class", m.matchClass().name());
                    n.put("score", Math.round(m.score() * 1000) / 1000.0);
                }
                out.println(JSON.writeValueAsString(res));
            }
            return 0;
        }
    }

    static int analyze(Options o, InputStream in, PrintStream out) throws IOException {
        AnalysisMode mode = o.mode().equals("index") ? AnalysisMode.INDEX : AnalysisMode.QUERY;
        try (Analyzer a = new BriefdeskAnalyzer(new HanLPSegmenter(), lexicon(o), mode)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                StringBuilder sb = new StringBuilder();
                try (TokenStream ts = a.tokenStream("body", line)) {
                    CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (sb.length() > 0) sb.append("  ");
                        sb.append(t);
                    }
                    ts.end();
                }
                out.println(sb);
            }
        }
        return 0;
    }
}
