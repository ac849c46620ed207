package org.briefdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * Many people at once (issue 10): officers' systems submitting items through the API, editors on
 * their pages (inbox, archive search, opening items) and leaders reading their briefing list and
 * issues, for a fixed time with a think time between steps. Prints throughput, p50/p95/p99 and
 * errors per kind of request, then waits for the index and checks that every submission the
 * API acknowledged is stored with its title and found by the search.
 *
 * <p>{@code --base http://localhost:8680/ --users 50 --seconds 60 [--seed 1 | --think-ms 500]
 * [--warmup-rounds 20]}; the users are split 30 % officers' systems (each with its own API token),
 * 50 % editors, 20 % leaders, arriving over the first five seconds. {@code --warmup-rounds} (default
 * 0; bin/bench-load passes 20) first opens the pages unmeasured. Run by {@code bin/bench-load}.
 *
 * <p>Pacing: by default each user waits a random time, uniform between 1 and 5 s (mean 3 s), before
 * every next step, as a person reads a page before the next click; each user draws from its own
 * {@link Random} seeded from {@code --seed} and its number, so a run is reproducible. The latency
 * target is judged at this pace. {@code --think-ms N} waits a fixed N ms instead: with 500 ms, 50
 * users ask more than the server gives, a stress test whose throughput is the capacity at saturation.
 *
 * <p>{@code --base http://a/,http://b/} spreads the users over the nodes of a cluster round-robin
 * (user n on node n mod k, its session staying there, as a sticky load balancer does); afterwards
 * every node's index is checked for every acknowledged submission. Run so by {@code bin/cluster-check load}.
 */
public final class LoadDriver {

    private static final Pattern COUNT = Pattern.compile("class=\"bd-count\"[^>]*>\\s*([0-9,]+)\\s*<");
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final Pattern ISSUE_LINK = Pattern.compile("briefing/issue\\.xhtml\\?id=(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("共\\s*([0-9,]+)\\s*条结果");
    private final AtomicBoolean searchFailureShown = new AtomicBoolean();
    private static final String[] OFFICERS = {"haidian", "xueyuanlu", "chengguan"};
    private static final String[] QUERIES = {
        "垃圾分类", "文明引导 AND 志愿者", "\"接诉即办\"", "消防安全 OR 电动自行车", "海淀街道", "志愿服务 AND 社区", "文明养犬", "创城", "老旧小区改造", "冬季"
    };

    private final List<String> bases;
    private final int seconds;
    private final int warmupRounds;
    private long deadline;
    /** Fixed think time in ms, or -1 for the human pace (uniform {@link #THINK_MIN_MS}..{@link #THINK_MAX_MS}). */
    private final long thinkMillis;

    private final long seed;
    private static final int THINK_MIN_MS = 1_000;
    private static final int THINK_MAX_MS = 5_000;
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger submissions = new AtomicInteger();
    private final List<Map<String, Latencies>> perUser = new ArrayList<>();

    private LoadDriver(List<String> bases, int seconds, long thinkMillis, long seed, int warmupRounds) {
        this.bases = bases;
        this.seconds = seconds;
        this.warmupRounds = warmupRounds;
        this.thinkMillis = thinkMillis;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        int users = Integer.parseInt(a.getOrDefault("users", "50"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
        LoadDriver driver = new LoadDriver(
                List.of(Args.required(a, "base").split(",")),
                seconds,
                Long.parseLong(a.getOrDefault("think-ms", "-1")),
                Long.parseLong(a.getOrDefault("seed", "1")),
                Integer.parseInt(a.getOrDefault("warmup-rounds", "0")));
        int officers = users * 3 / 10;
        int leaders = users / 5;
        int editors = users - officers - leaders;
        String pace = driver.thinkMillis < 0
                ? String.format(
                        "think time random per step, uniform %d–%d ms (mean %d ms), seed %d",
                        THINK_MIN_MS, THINK_MAX_MS, (THINK_MIN_MS + THINK_MAX_MS) / 2, driver.seed)
                : String.format("think time fixed %d ms (stress: capacity at saturation)", driver.thinkMillis);
        System.out.printf(
                "load: %d users (%d officers' systems, %d editors, %d leaders) for %d s, %s%n",
                users, officers, editors, leaders, seconds, pace);
        if (driver.bases.size() > 1) {
            System.out.println("load: users spread round-robin over " + String.join(", ", driver.bases));
        }
        driver.warmUp();
        driver.run(officers, editors, leaders, seconds);
    }

    /**
     * One editor and one leader open their pages a few rounds on every node before the load, unmeasured:
     * a running server is warm, and the first requests after a start (pages compiled, code not yet
     * JIT-compiled) would otherwise dominate the latencies at the human pace, where each editor makes
     * only a few rounds. Nothing is submitted, so the check afterwards is unchanged.
     */
    private void warmUp() throws Exception {
        if (warmupRounds <= 0) {
            System.out.println("load: no warm-up (a cold server)");
            return;
        }
        long t0 = System.nanoTime();
        for (String base : bases) {
            DeskClient editor = DeskClient.browser(base, "editor", DemoData.PASSWORD);
            DeskClient leader = DeskClient.browser(base, "leader", DemoData.PASSWORD);
            for (int i = 0; i < warmupRounds; i++) {
                DeskClient.Response inbox = editor.get("editor/inbox.xhtml");
                DeskClient.Response page = editor.get("search.xhtml");
                editor.ajaxFollowingRedirect(
                        "search.xhtml", DeskClient.searchForm(page.body(), QUERIES[i % QUERIES.length]));
                List<String> ids = all(ITEM_LINK, inbox.body());
                if (!ids.isEmpty()) {
                    editor.get("editor/item.xhtml?id=" + ids.get(i % ids.size()));
                }
                leader.get("leader/home.xhtml");
            }
        }
        System.out.printf(
                "load: warm-up of %d rounds (inbox, search, 检索, item page, leader home; not measured) took %.1f s%n",
                warmupRounds, (System.nanoTime() - t0) / 1e9);
    }

    private void run(int officers, int editors, int leaders, int seconds) throws Exception {
        deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(officers + editors + leaders);
        List<Future<?>> users = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < officers + editors + leaders; i++) {
            Map<String, Latencies> mine = new LinkedHashMap<>();
            perUser.add(mine);
            int n = i;
            Random thinking = new Random(seed * 1_000_003L + n);
            users.add(pool.submit(() -> {
                // People arrive over the first five seconds, not in one instant.
                Thread.sleep(n * 5_000L / (officers + editors + leaders));
                if (n < officers) {
                    officer(n, mine, thinking);
                } else if (n < officers + editors) {
                    editor(n, mine, thinking);
                } else {
                    leader(n, mine, thinking);
                }
                return null;
            }));
        }
        for (Future<?> f : users) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        report(elapsed);
        boolean complete = true;
        for (String base : bases) {
            if (bases.size() > 1) {
                System.out.println("node " + base + ":");
            }
            complete &= verify(base);
        }
        if (!complete) {
            System.exit(1);
        }
    }

    /** The node user n works on: round-robin over the bases, the same one for the whole run. */
    private String base(int n) {
        return bases.get(n % bases.size());
    }

    /** A unit's system with its API token: submits an item, then reads it back, again and again. */
    private void officer(int n, Map<String, Latencies> l, Random thinking) throws Exception {
        DeskClient c = DeskClient.withToken(base(n), OFFICERS[n % OFFICERS.length], DemoData.PASSWORD, "负载测试系统" + n);
        while (running()) {
            int k = submissions.incrementAndGet();
            String title = "负载测试第" + k + "条：社区开展冬季消防安全检查";
            String json = Json.createObjectBuilder()
                    .add("title", title)
                    .add(
                            "bodyHtml",
                            "12月" + (1 + k % 28) + "日，社区组织志愿者" + (k % 40 + 5) + "人开展消防安全检查，" + "排查隐患" + (k % 9 + 1)
                                    + "处，当场整改" + (k % 5 + 1) + "处。")
                    .add("submit", true)
                    .build()
                    .toString();
            DeskClient.Response r = timed(l, "POST /api/items (submit)", () -> c.postJson("api/items", json), 201);
            if (r != null) {
                long id = object(r.body()).getJsonNumber("id").longValue();
                acknowledged.put(id, title);
                timed(l, "GET /api/items/{id} (read back)", () -> c.get("api/items/" + id), 200);
            }
            think(thinking);
        }
    }

    /** An editor: the inbox, a search on the archive page, and one of the inbox's items. */
    private void editor(int n, Map<String, Latencies> l, Random thinking) throws Exception {
        DeskClient c = DeskClient.browser(base(n), n % 2 == 0 ? "editor" : "editor2", DemoData.PASSWORD);
        Random random = new Random(n);
        while (running()) {
            DeskClient.Response inbox =
                    timed(l, "GET editor/inbox.xhtml (page)", () -> c.get("editor/inbox.xhtml"), 200);
            think(thinking);
            // Opened afresh each round, as an editor does: a view state kept across many other pages
            // is evicted from the session (15 logical views) and its post answers ViewExpired.
            DeskClient.Response page = timed(l, "GET search.xhtml (page)", () -> c.get("search.xhtml"), 200);
            if (page == null) {
                continue;
            }
            Map<String, String> f = DeskClient.searchForm(page.body(), QUERIES[random.nextInt(QUERIES.length)]);
            DeskClient.Response search = timed(
                    l, "search.xhtml 检索 (page: post + results)", () -> c.ajaxFollowingRedirect("search.xhtml", f), 200);
            if (search != null
                    && (!TOTAL.matcher(search.body()).find() || search.body().contains("<error>"))) {
                l.get("search.xhtml 检索 (page: post + results)").error();
                if (searchFailureShown.compareAndSet(false, true)) {
                    System.out.println("first failed search answered: " + abbreviate(search.body()));
                }
            }
            think(thinking);
            if (inbox != null) {
                List<String> ids = all(ITEM_LINK, inbox.body());
                if (!ids.isEmpty()) {
                    String id = ids.get(random.nextInt(ids.size()));
                    timed(l, "GET editor/item.xhtml (page)", () -> c.get("editor/item.xhtml?id=" + id), 200);
                }
            }
            think(thinking);
        }
    }

    /** A leader: the list of issues distributed to them, then one issue. */
    private void leader(int n, Map<String, Latencies> l, Random thinking) throws Exception {
        DeskClient c = DeskClient.browser(base(n), "leader", DemoData.PASSWORD);
        Random random = new Random(n);
        while (running()) {
            DeskClient.Response home = timed(l, "GET leader/home.xhtml (page)", () -> c.get("leader/home.xhtml"), 200);
            think(thinking);
            if (home != null) {
                List<String> ids = all(ISSUE_LINK, home.body());
                if (!ids.isEmpty()) {
                    String id = ids.get(random.nextInt(ids.size()));
                    timed(l, "GET briefing/issue.xhtml (page)", () -> c.get("briefing/issue.xhtml?id=" + id), 200);
                }
            }
            think(thinking);
        }
    }

    private interface Call {
        DeskClient.Response call() throws Exception;
    }

    /** Times one request; a wrong status or a failure counts as an error. Null unless it succeeded. */
    private static DeskClient.Response timed(Map<String, Latencies> l, String name, Call call, int expected) {
        Latencies lat = l.computeIfAbsent(name, k -> new Latencies(k, k.contains("(page")));
        try {
            DeskClient.Response r = call.call();
            lat.add(r.millis());
            if (r.status() != expected) {
                lat.error();
                return null;
            }
            return r;
        } catch (Exception e) {
            lat.error();
            return null;
        }
    }

    private boolean running() {
        return System.nanoTime() < deadline;
    }

    private void think(Random thinking) throws InterruptedException {
        Thread.sleep(thinkMillis >= 0 ? thinkMillis : THINK_MIN_MS + thinking.nextInt(THINK_MAX_MS - THINK_MIN_MS + 1));
    }

    private void report(double seconds) {
        Map<String, Latencies> merged = new LinkedHashMap<>();
        for (Map<String, Latencies> user : perUser) {
            user.forEach((name, l) -> merged.computeIfAbsent(name, k -> new Latencies(k, k.contains("(page")))
                    .addAll(l));
        }
        int requests = merged.values().stream().mapToInt(Latencies::count).sum();
        int errors = merged.values().stream().mapToInt(Latencies::errors).sum();
        Latencies pages = new Latencies("all pages", true);
        merged.values().stream().filter(l -> l.name().contains("(page")).forEach(pages::addAll);
        System.out.printf(
                "%d requests in %.1f s: %.1f requests/s, %d errors%n", requests, seconds, requests / seconds, errors);
        System.out.println(Latencies.header());
        merged.values().forEach(l -> System.out.println(l.row()));
        System.out.println(pages.row());
    }

    /**
     * Every acknowledged submission is stored with its title and, once this node's index caught
     * up, found on it. False when one is missing.
     */
    private boolean verify(String base) throws Exception {
        DeskClient admin = DeskClient.browser(base, "admin", DemoData.PASSWORD);
        for (int waited = 0; ; waited++) {
            Matcher m = COUNT.matcher(admin.get("admin/index.xhtml").body());
            List<Long> n = new ArrayList<>();
            while (m.find()) {
                n.add(Long.parseLong(m.group(1).replace(",", "")));
            }
            if (n.size() == 3 && n.get(1).equals(n.get(2))) {
                System.out.printf("index caught up %d s after the load (change %d)%n", waited, n.get(1));
                break;
            }
            if (waited > 300) {
                throw new IllegalStateException("the index did not catch up within 5 minutes: " + n);
            }
            Thread.sleep(1000);
        }
        DeskClient editor = DeskClient.api(base, "editor", DemoData.PASSWORD);
        Map<Long, String> found = new HashMap<>();
        for (int offset = 0; ; offset += 100) {
            JsonArray hits = object(editor.get("api/search?q=&sort=DATE_DESC&limit=100&offset=" + offset)
                            .body())
                    .getJsonArray("hits");
            for (JsonValue v : hits) {
                found.put(
                        Long.parseLong(v.asJsonObject().getString("id")),
                        v.asJsonObject().getString("title"));
            }
            if (hits.size() < 100 || offset + 100 >= 10_000) {
                break;
            }
        }
        int stored = 0;
        int indexed = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
            DeskClient.Response r = editor.get("api/items/" + e.getKey());
            boolean isStored =
                    r.status() == 200 && object(r.body()).getString("title").equals(e.getValue());
            boolean isIndexed = e.getValue().equals(found.get(e.getKey()));
            stored += isStored ? 1 : 0;
            indexed += isIndexed ? 1 : 0;
            if (!isStored || !isIndexed) {
                lost.add(e.getKey() + (isStored ? " not indexed" : " not stored"));
            }
        }
        System.out.printf(
                "acknowledged %d, stored %d, indexed %d, lost %d%s%n",
                acknowledged.size(), stored, indexed, lost.size(), lost.isEmpty() ? "" : ": " + lost);
        return lost.isEmpty();
    }

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
