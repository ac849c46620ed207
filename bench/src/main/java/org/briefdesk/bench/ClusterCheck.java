package org.briefdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * The two-node check of issue 16, driven by {@code bin/cluster-check}, which starts the nodes and
 * lends this program its {@code kill}, {@code start} and {@code stop} commands for node A. Officers'
 * systems submit on A while an editor searches on B (submit-on-A → findable-on-B latency); A is
 * killed with SIGKILL in the middle of submissions, which go on on B; sessions signed in on A are
 * presented to B; A is restarted and must catch up. Every acknowledged item must then be in the
 * database and in both nodes' indexes; each miss, and each session lost, is a mismatch. With
 * {@code --import-dir}, an archive import started on A is cut off by the kill and continued through B
 * ({@link ImportAcrossNodes}).
 */
public final class ClusterCheck {

    private static final String[] OFFICERS = {"xueyuanlu", "haidian", "chengguan"};

    private final String a;
    private final String b;
    private final String control;
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private volatile long killedAt;
    /** The archive import cut off by the kill and continued through B; null when not part of the run. */
    private final ImportAcrossNodes imports;

    private final Path importDirectory;

    private ClusterCheck(String a, String b, String control, Path importDirectory, int importRecords) {
        this.a = a;
        this.b = b;
        this.control = control;
        this.importDirectory = importDirectory;
        this.imports =
                importDirectory == null || importRecords == 0 ? null : new ImportAcrossNodes(a, b, importRecords);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Args.parse(args);
        ClusterCheck check = new ClusterCheck(
                Args.required(o, "a"),
                Args.required(o, "b"),
                Args.required(o, "control"),
                o.containsKey("import-dir") ? Path.of(o.get("import-dir")) : null,
                Integer.parseInt(o.getOrDefault("import-records", "10000")));
        int mismatches = check.run(
                Integer.parseInt(o.getOrDefault("latency", "40")),
                Integer.parseInt(o.getOrDefault("before-kill", "20")),
                Integer.parseInt(o.getOrDefault("after-kill", "30")),
                Integer.parseInt(o.getOrDefault("sessions", "3")),
                Integer.parseInt(o.getOrDefault("pending", "0")));
        // bin/cluster-check adds the database's own check (link passes) and prints `mismatches: N`.
        System.out.println("mismatches in the driver: " + mismatches);
        System.exit(mismatches > 0 ? 1 : 0);
    }

    private int run(int latencyItems, int beforeKill, int afterKill, int sessionCount, int pending) throws Exception {
        DeskClient officerA = DeskClient.withToken(a, OFFICERS[0], DemoData.PASSWORD, "集群核查报送系统");
        DeskClient searchB = DeskClient.withToken(b, "editor", DemoData.PASSWORD, "集群核查检索");
        List<DeskClient> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            DeskClient browser = DeskClient.browser(a, i % 2 == 0 ? "editor" : "editor2", DemoData.PASSWORD);
            if (!signedIn(browser)) {
                throw new IllegalStateException("a session signed in on A is not signed in on A");
            }
            sessions.add(browser);
        }

        Latencies latency = new Latencies("submit on A → found on B", false);
        int notFound = 0;
        for (int i = 0; i < latencyItems; i++) {
            long t0 = System.nanoTime();
            long id = submit(officerA);
            long acked = System.nanoTime();
            while (!found(searchB, id)) {
                if (System.nanoTime() - acked > 30_000_000_000L) {
                    notFound++;
                    break;
                }
                Thread.sleep(20);
            }
            latency.add((System.nanoTime() - acked) / 1e6);
            if (i == 0) {
                System.out.printf("first submission acknowledged in %.0f ms%n", (acked - t0) / 1e6);
            }
        }
        System.out.printf(
                "latency submit-on-A → findable-on-B: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d items%s)%n",
                latency.percentile(50),
                latency.percentile(95),
                latency.percentile(100),
                latency.count(),
                notFound == 0 ? "" : ", " + notFound + " not found within 30 s");

        String leasesBefore = output("leases", "-");
        failover(officerA, searchB, beforeKill, afterKill);
        System.out.println("scheduled jobs' leases before the kill: " + leasesBefore);
        int kept = 0;
        for (DeskClient browser : sessions) {
            kept += signedIn(browser.at(b)) ? 1 : 0;
        }

        int leasesLost = leasesMove();

        long restart = System.nanoTime();
        control("start", "a");
        double upSeconds = NodeHealth.awaitCaughtUp(a, restart);
        System.out.printf("catch-up time: A restarted and its index caught up in %.1f s%n", upSeconds);
        NodeHealth.awaitCaughtUp(b, System.nanoTime());

        int mismatches = verify(searchB, kept, sessions.size());
        if (imports != null) {
            mismatches += imports.continueOnB();
        }
        if (pending > 0) {
            mismatches += pendingCatchUp(officerA.at(b), searchB.at(a), pending);
        }
        return mismatches + notFound + leasesLost;
    }

    /**
     * Scheduled work once per cluster: every job's lease, held by A, must pass to B once it expires
     * (JobScheduler.LEASE, 3 minutes, and B's next minute tick). Returns 1 when it did not within 5 minutes.
     */
    private int leasesMove() throws Exception {
        String leases = "";
        while (System.nanoTime() - killedAt < TimeUnit.MINUTES.toNanos(5)) {
            leases = output("leases", "-");
            if (!leases.isBlank() && !leases.contains("=a")) {
                System.out.printf(
                        "scheduled jobs' leases %.0f s after the kill: %s%n",
                        (System.nanoTime() - killedAt) / 1e9, leases);
                return 0;
            }
            Thread.sleep(5_000);
        }
        System.out.println("scheduled jobs' leases 5 minutes after the kill, still A's: " + leases);
        return 1;
    }

    /**
     * Two officers' systems submit on A; after {@code beforeKill} acknowledgements A is killed
     * (SIGKILL), and they go on on B, where an editor keeps searching, until {@code afterKill} more
     * are acknowledged there. Returns how many were acknowledged before the kill.
     */
    private int failover(DeskClient officerA, DeskClient searchB, int beforeKill, int afterKill) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger onA = new AtomicInteger();
        AtomicInteger onB = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            DeskClient mine = t == 0 ? officerA : DeskClient.withToken(a, OFFICERS[t], DemoData.PASSWORD, "集群核查报送系统");
            workers.add(pool.submit(() -> {
                boolean onNodeB = false;
                while (onB.get() < afterKill) {
                    try {
                        submit(onNodeB ? mine.at(b) : mine);
                        (onNodeB ? onB : onA).incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        // A died under the request (its answer, if any, is lost): the load balancer sends the next to
                        // B.
                        failed.incrementAndGet();
                        onNodeB = killed.get() || onNodeB;
                    }
                }
                return null;
            }));
        }
        while (onA.get() < beforeKill) {
            Thread.sleep(10);
        }
        if (imports != null) {
            // Started now, while the officers go on submitting, so its first chunks are in when A dies.
            imports.startOnA(importDirectory);
            imports.stopThroughB();
            imports.beforeKill();
        }
        control("kill", "a");
        killedAt = System.nanoTime();
        killed.set(true);
        int searches = 0;
        int searchErrors = 0;
        while (onB.get() < afterKill) {
            DeskClient.Response r = searchB.get("api/search?q=" + enc("消防安全") + "&limit=10");
            searches++;
            searchErrors += r.status() == 200 ? 0 : 1;
        }
        for (Future<?> w : workers) {
            w.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf(
                "failover: A killed (SIGKILL) after %d acknowledged submissions on it; %d acknowledged on B afterwards;"
                        + " %d requests failed with A; %d searches on B meanwhile, %d errors%n",
                onA.get(), onB.get(), failed.get(), searches, searchErrors);
        return onA.get();
    }

    /** Counts what is where and prints it; returns the number of mismatches. */
    private int verify(DeskClient searchB, int kept, int sessions) throws Exception {
        DeskClient searchA = searchB.at(a);
        int stored = 0;
        int inA = 0;
        int inB = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
            // The editor reads every unit's items (an officer only their own unit's).
            DeskClient.Response r = searchB.get("api/items/" + e.getKey());
            boolean isStored =
                    r.status() == 200 && object(r.body()).getString("title").equals(e.getValue());
            boolean isInA = found(searchA, e.getKey());
            boolean isInB = found(searchB, e.getKey());
            stored += isStored ? 1 : 0;
            inA += isInA ? 1 : 0;
            inB += isInB ? 1 : 0;
            if (!isStored || !isInA || !isInB) {
                lost.add(e.getKey()
                        + (isStored ? "" : " not stored")
                        + (isInA ? "" : " not in A's index")
                        + (isInB ? "" : " not in B's index"));
            }
        }
        int n = acknowledged.size();
        System.out.println("items acknowledged: " + n);
        System.out.println("items in the database: " + stored);
        System.out.println("items in A's index: " + inA);
        System.out.println("items in B's index: " + inB);
        System.out.println("sessions kept across the failover: " + kept + " of " + sessions);
        if (!lost.isEmpty()) {
            System.out.println("lost: " + lost);
        }
        return (n - stored) + (n - inA) + (n - inB) + (sessions - kept);
    }

    /**
     * The catch-up figure: A is stopped, {@code pending} items are submitted on B (each one outbox
     * change), A is started again and timed until its index has applied every one of them and its
     * search finds the last one. Returns 1 when A never finds it.
     */
    private int pendingCatchUp(DeskClient officerB, DeskClient searchA, int pending) throws Exception {
        control("stop", "a");
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger left = new AtomicInteger(pending);
        AtomicLong last = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long id = submit(officerB);
                    last.accumulateAndGet(id, Math::max);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        System.out.printf(
                "pending: %d items submitted on B while A was down, in %.0f s%n",
                pending, (System.nanoTime() - t0) / 1e9);
        long restart = System.nanoTime();
        control("start", "a");
        String answering = NodeHealth.awaitAnswering(a);
        double answered = (System.nanoTime() - restart) / 1e9;
        double caughtUp = NodeHealth.awaitCaughtUp(a, restart);
        while (!found(searchA, last.get())) {
            if (System.nanoTime() - restart > TimeUnit.MINUTES.toNanos(25)) {
                System.out.println("catch-up: A never found the last pending item " + last.get());
                return 1;
            }
            Thread.sleep(100);
        }
        double foundLast = (System.nanoTime() - restart) / 1e9;
        System.out.printf(
                "catch-up time with %d changes pending: %.1f s from the start of A to its search finding the last one"
                        + " (A answering after %.1f s: %s; index caught up after %.1f s, %.0f pending items/s from answering);"
                        + " load average %s%n",
                pending,
                foundLast,
                answered,
                answering,
                caughtUp,
                pending / Math.max(0.1, caughtUp - answered),
                NodeHealth.loadAverage());
        return 0;
    }

    /** Submits one item; returns its id once acknowledged (201). */
    private long submit(DeskClient officer) throws IOException, InterruptedException {
        int k = numbers.incrementAndGet();
        String title = "集群核查第" + k + "条：" + code(k) + "社区开展冬季消防安全检查";
        String json = Json.createObjectBuilder()
                .add("title", title)
                .add(
                        "bodyHtml",
                        "12月" + (1 + k % 28) + "日，社区组织志愿者" + (k % 40 + 5) + "人开展消防安全检查，排查隐患" + (k % 9 + 1) + "处。")
                .add("submit", true)
                .build()
                .toString();
        DeskClient.Response r = officer.postJson("api/items", json);
        if (r.status() != 201) {
            throw new IllegalStateException("submit: HTTP " + r.status() + " " + r.body());
        }
        long id = object(r.body()).getJsonNumber("id").longValue();
        acknowledged.put(id, title);
        return id;
    }

    /** A word no other item has, so a search for it finds exactly this one. */
    private static String code(int k) {
        return "jq" + Integer.toString(1_000_000 + k, 36);
    }

    private boolean found(DeskClient searcher, long id) throws IOException, InterruptedException {
        String title = acknowledged.get(id);
        String code = title.substring(title.indexOf('：') + 1, title.indexOf("社区"));
        DeskClient.Response r = searcher.get("api/search?q=" + enc(code) + "&limit=5");
        if (r.status() != 200) {
            return false;
        }
        for (JsonValue hit : object(r.body()).getJsonArray("hits")) {
            if (hit.asJsonObject().getString("id").equals(Long.toString(id))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the browser's session opens a protected page (the login page otherwise). */
    private static boolean signedIn(DeskClient browser) {
        try {
            DeskClient.Response r = browser.get("index.xhtml");
            return r.status() == 200 && !r.uri().getPath().endsWith("login.xhtml");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void control(String action, String node) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(control, action, node).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(control + " " + action + " " + node + " failed");
        }
    }

    /** What the control command prints (the scheduled jobs' leases as job=node …). */
    private String output(String action, String node) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(control, action, node)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(control + " " + action + " failed: " + out);
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
