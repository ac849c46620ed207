package org.briefdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.infrastructure.demo.DemoData;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;

/**
 * Measures a running Briefdesk over HTTP, one request at a time after a warm-up: an officer
 * submits a near-duplicate of an archived item through the API and polls its similar items until
 * the archived original is among them; the editor's inbox page; the archive search page. Prints
 * p50/p95/p99, the machine's load average and the server's resident memory.
 *
 * <pre>DeskBench --base http://localhost:8680/ --archive 100000 --inbox 150 --expect-docs 100000 --pid PID</pre>
 * With {@code --wait-only true} it only waits until the index has caught up.
 */
public final class DeskBench {

    private static final Pattern COUNT = Pattern.compile("class=\"bd-count\"[^>]*>\\s*([0-9,]+)\\s*<");
    private static final Pattern TOTAL = Pattern.compile("共\\s*([0-9,]+)\\s*条结果");
    /** Searches an editor types: topics, units, phrases, fields and boolean operators. */
    private static final List<String> QUERIES = List.of(
            "垃圾分类",
            "文明引导 AND 志愿者",
            "\"接诉即办\"",
            "背街小巷整治 AND 学院路街道",
            "标题:垃圾分类",
            "老旧小区改造 NOT 加装电梯",
            "消防安全 OR 电动自行车",
            "网络文明",
            "文明餐桌 AND 光盘行动",
            "海淀街道",
            "志愿服务 AND 社区",
            "文明养犬",
            "\"垃圾分类\" AND 中关村街道",
            "创城",
            "接诉即办 AND 每月一题",
            "架空线入地");
    /** Duplicate kinds whose recall is ~1 in search/BENCHMARK.md, so a timeout means slowness, not a miss. */
    private static final VariantKind[] KINDS = {
        VariantKind.RETITLED,
        VariantKind.SENTENCES_EDITED,
        VariantKind.REORDERED,
        VariantKind.BOILERPLATE,
        VariantKind.PUNCT_WIDTH,
        VariantKind.COPY
    };

    private static final String[] OFFICERS = {"haidian", "xueyuanlu", "chengguan"};

    private final String base;
    private final int warmup;
    private final int requests;

    private DeskBench(String base, int warmup, int requests) {
        this.base = base;
        this.warmup = warmup;
        this.requests = requests;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        DeskBench bench = new DeskBench(
                Args.required(a, "base"),
                Integer.parseInt(a.getOrDefault("warmup", "30")),
                Integer.parseInt(a.getOrDefault("requests", "300")));
        int archive = Integer.parseInt(a.getOrDefault("archive", "100000"));
        int inbox = Integer.parseInt(a.getOrDefault("inbox", "150"));
        String pid = a.get("pid");

        bench.waitForIndex(Integer.parseInt(a.getOrDefault("expect-docs", Integer.toString(archive))));
        if (Boolean.parseBoolean(a.getOrDefault("wait-only", "false"))) {
            return;
        }
        System.out.println("load average at start: " + loadAverage());
        long cpu = serverCpuMillis(pid);
        List<Latencies> results = new ArrayList<>(
                bench.submitAndFindSimilar(archive - inbox, Long.parseLong(a.getOrDefault("seed", "11"))));
        cpu = report("submissions", pid, cpu, bench.warmup + bench.requests);
        results.add(bench.inboxPage());
        cpu = report("inbox pages", pid, cpu, bench.warmup + bench.requests);
        results.add(bench.searchPage());
        report("searches", pid, cpu, bench.warmup + bench.requests);

        System.out.println();
        System.out.println(Latencies.header());
        for (Latencies l : results) {
            System.out.println(l.row());
        }
        if (pid != null) {
            System.out.println();
            System.out.println("server JVM (pid " + pid + "): " + memory(pid));
        }
        System.out.println("load average at the end: " + loadAverage());
    }

    /** Waits until the index has applied every change the database has (the admin's 索引管理 page tells). */
    private void waitForIndex(int expectDocs) throws IOException, InterruptedException {
        DeskClient admin = DeskClient.browser(base, "admin", DemoData.PASSWORD);
        long t0 = System.nanoTime();
        for (long lastPrint = 0; ; Thread.sleep(2000)) {
            List<Long> n = new ArrayList<>();
            Matcher m = COUNT.matcher(admin.get("admin/index.xhtml").body());
            while (m.find()) {
                n.add(Long.parseLong(m.group(1).replace(",", "")));
            }
            if (n.size() != 3) {
                throw new IllegalStateException("the index page shows no counters");
            }
            long waited = (System.nanoTime() - t0) / 1_000_000_000L;
            if (n.get(1).equals(n.get(2)) && n.get(0) >= expectDocs) {
                System.out.printf(
                        "index caught up: %,d documents, change %d applied (waited %d s)%n",
                        n.get(0), n.get(1), waited);
                return;
            }
            if (waited - lastPrint >= 15) {
                System.out.printf(
                        "  waiting for the index: %,d documents, change %d of %d%n", n.get(0), n.get(1), n.get(2));
                lastPrint = waited;
            }
            if (waited > 1800) {
                throw new IllegalStateException("the index did not catch up within 30 minutes");
            }
        }
    }

    /**
     * Officers submit near-duplicates of random archived items. Measured: the POST, and from the
     * start of the POST until GET /api/items/{id}/similar lists the archived original (duplicate
     * detection runs after commit, in the index updater), and that last GET alone.
     */
    private List<Latencies> submitAndFindSimilar(int archived, long seed) throws IOException, InterruptedException {
        DeskClient editor = DeskClient.api(base, "editor", DemoData.PASSWORD);
        DeskClient[] officers = new DeskClient[OFFICERS.length];
        for (int i = 0; i < officers.length; i++) {
            officers[i] = DeskClient.api(base, OFFICERS[i], DemoData.PASSWORD);
        }
        CorpusGenerator corpus = new CorpusGenerator(seed);
        Random rnd = new Random(seed);
        Latencies post = new Latencies("POST /api/items (submit)", false);
        Latencies similar = new Latencies("GET /api/items/{id}/similar (once found)", false);
        Latencies endToEnd = new Latencies("submit → similar items returned (end to end)", true);
        for (int k = 0; k < warmup + requests; k++) {
            boolean measured = k >= warmup;
            long originalId = ArchiveItems.FIRST_ID + rnd.nextInt(archived);
            JsonObject original = json(editor.get("api/items/" + originalId).body());
            ItemDocument doc = ItemDocument.builder(Long.toString(originalId))
                    .title(original.getString("title"))
                    .body(original.getString("bodyText"))
                    .unit(original.getString("unit"))
                    .build();
            ItemDocument v = corpus.variant(doc, KINDS[k % KINDS.length], "v" + k, k);
            String title = v.title().length() > 100 ? v.title().substring(0, 100) : v.title();
            String body = Json.createObjectBuilder()
                    .add("title", title)
                    .add("bodyHtml", v.body())
                    .add("urgent", false)
                    .add("submit", true)
                    .build()
                    .toString();
            DeskClient officer = officers[k % officers.length];
            long t0 = System.nanoTime();
            DeskClient.Response created = officer.postJson("api/items", body);
            if (created.status() != 201) {
                throw new IllegalStateException("submit failed: HTTP " + created.status() + " " + created.body());
            }
            long id = json(created.body()).getJsonNumber("id").longValue();
            DeskClient.Response found = null;
            while ((System.nanoTime() - t0) < 15_000_000_000L) {
                DeskClient.Response r = officer.get("api/items/" + id + "/similar");
                if (r.status() == 200 && lists(r.body(), originalId)) {
                    found = r;
                    break;
                }
                Thread.sleep(20);
            }
            double e2e = (System.nanoTime() - t0) / 1e6;
            if (measured) {
                post.add(created.millis());
                if (found == null) {
                    endToEnd.error();
                } else {
                    endToEnd.add(e2e);
                    similar.add(found.millis());
                }
            }
        }
        return List.of(endToEnd, post, similar);
    }

    private static boolean lists(String similarJson, long itemId) {
        JsonArray a = Json.createReader(new StringReader(similarJson)).readArray();
        for (JsonValue v : a) {
            if (v.asJsonObject().getJsonNumber("itemId").longValue() == itemId) {
                return true;
            }
        }
        return false;
    }

    /** The editor's inbox page (收件箱) as the browser gets it: the first page of the lazy table is in it. */
    private Latencies inboxPage() throws IOException, InterruptedException {
        DeskClient editor = DeskClient.browser(base, "editor", DemoData.PASSWORD);
        Latencies l = new Latencies("GET /editor/inbox.xhtml (editor inbox page)", true);
        for (int k = 0; k < warmup + requests; k++) {
            DeskClient.Response r = editor.get("editor/inbox.xhtml");
            boolean ok = r.status() == 200 && r.body().contains("inboxForm");
            if (k >= warmup) {
                if (ok) {
                    l.add(r.millis());
                } else {
                    l.error();
                }
            } else if (!ok) {
                throw new IllegalStateException("inbox page: HTTP " + r.status() + " at " + r.uri());
            }
        }
        return l;
    }

    /**
     * The archive search page: the page is opened once, then every search is the AJAX post its
     * 检索 button sends, which renders facets, highlighted hits and the total.
     */
    private Latencies searchPage() throws IOException, InterruptedException {
        DeskClient editor = DeskClient.browser(base, "editor2", DemoData.PASSWORD);
        String searchPage = editor.get("search.xhtml").body();
        Latencies l = new Latencies("search.xhtml query (archive search page)", true);
        long hits = 0;
        for (int k = 0; k < warmup + requests; k++) {
            Map<String, String> f = DeskClient.searchForm(searchPage, QUERIES.get(k % QUERIES.size()));
            DeskClient.Response r = editor.ajaxFollowingRedirect("search.xhtml", f);
            Matcher total = TOTAL.matcher(r.body());
            boolean ok = r.status() == 200 && total.find() && !r.body().contains("<error>");
            if (!ok && k < warmup) {
                throw new IllegalStateException("search: HTTP " + r.status() + " " + r.body());
            }
            if (k >= warmup) {
                if (ok) {
                    l.add(r.millis());
                    hits += Long.parseLong(total.group(1).replace(",", ""));
                } else {
                    l.error();
                }
            }
        }
        System.out.printf("searches found %,d hits on average%n", l.count() == 0 ? 0 : hits / l.count());
        return l;
    }

    /**
     * Prints the load average and the server's CPU time per iteration since {@code before}: on a
     * shared, overloaded machine the CPU cost is the figure that does not depend on the neighbours.
     */
    private static long report(String what, String pid, long before, int iterations) {
        long now = serverCpuMillis(pid);
        String cpu = pid == null || now < 0
                ? ""
                : String.format("; server CPU %.0f ms per iteration", (now - before) / (double) iterations);
        System.out.println("after the " + what + ": load average " + loadAverage() + cpu);
        return now;
    }

    /** The server JVM's user + system CPU time so far (from /proc/PID/stat, in clock ticks of 10 ms). */
    static long serverCpuMillis(String pid) {
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " ("
                    + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Resident set size now and at its peak, from /proc. */
    static String memory(String pid) {
        try {
            String rss = "?";
            String hwm = "?";
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).strip();
                } else if (line.startsWith("VmHWM:")) {
                    hwm = line.substring(6).strip();
                }
            }
            return "RSS " + rss + ", peak RSS " + hwm;
        } catch (IOException e) {
            return "no /proc entry: " + e.getMessage();
        }
    }
}
