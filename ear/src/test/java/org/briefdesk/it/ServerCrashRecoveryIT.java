package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 of the whole server loses nothing: officers submit items through the API from several
 * threads, the server JVM is killed in the middle, restarted on the same database and index, and
 * after the index updater has replayed the outbox every searchable item of the database is found
 * by the search API exactly once with its stored title, and every submission the API acknowledged
 * is in the database.
 *
 * <p>Not an Arquillian test: Arquillian's managed container cannot survive the kill of its server.
 * This test runs the provisioned server itself ({@link StandaloneServer}: port offset 700, its own
 * base and data directory under target/crash-it) with the EAR Maven built.
 */
class ServerCrashRecoveryIT {

    private static final String[] OFFICERS = {"haidian", "xueyuanlu", "chengguan"};

    private final StandaloneServer server = new StandaloneServer("crash-it", 700);

    @AfterEach
    void killLeftoverServer() {
        server.close();
    }

    @Test
    void killingTheServerDuringSubmissionsLosesNoItem() throws Exception {
        server.prepare();
        server.start();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        // The first start rebuilds the index from the demo items; a few items caught up after that
        // make the index commit a change number, from which the restart has to replay.
        for (int n = 0; n < 3; n++) {
            submit(OFFICERS[n], 80_000 + n, acknowledged);
        }
        Await.until("the first catch-up", Duration.ofSeconds(300), () -> {
            List<Long> n = server.indexPage();
            return n.get(1) > 0 && n.get(1).equals(n.get(2));
        });
        assertTrue(server.log(0).contains("Search index rebuilt"), "the first start indexes the demo items");

        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger cutOff = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> officers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            officers.add(pool.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    try {
                        submit(OFFICERS[(thread + n) % OFFICERS.length], thread * 10_000 + n, acknowledged);
                    } catch (IOException e) {
                        cutOff.incrementAndGet(); // the server went away mid-request
                    }
                    // Killed a few milliseconds after a commit the API acknowledged, while the other
                    // officers' requests are in flight: the index updater has not caught up yet.
                    if (acknowledged.size() >= 40 && killed.compareAndSet(false, true)) {
                        server.kill();
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(300, TimeUnit.SECONDS), "the officers did not reach 40 submissions");
        for (Future<?> f : officers) {
            f.get(); // an officer's unexpected error fails the test here
        }
        server.awaitDeath();
        int beforeRestart = acknowledged.size();

        long logBefore = server.logSize();
        server.start();
        long databaseChange = server.indexPage().get(2);
        Matcher opened = Pattern.compile("last applied change (\\d+)").matcher(server.log(logBefore));
        assertTrue(opened.find(), "the restarted server logs the index's last applied change");
        long indexChange = Long.parseLong(opened.group(1));
        assertTrue(
                indexChange > 0 && indexChange < databaseChange,
                "the kill should leave changes to replay: index at " + indexChange + ", database at " + databaseChange);
        for (int n = 0; n < 5; n++) {
            submit(OFFICERS[n % OFFICERS.length], 90_000 + n, acknowledged);
        }
        server.awaitIndexCaughtUp(Duration.ofSeconds(180));
        List<Map.Entry<Long, String>> hits = server.searchEverything();
        server.stopGracefully();
        assertTrue(
                !server.log(logBefore).contains("Search index rebuilt"),
                "after the crash the index must be caught up from the outbox, not rebuilt");

        Map<Long, StandaloneServer.Row> db = server.databaseRows(server.h2File());
        List<String> problems = new ArrayList<>();
        Map<Long, String> found = new HashMap<>();
        for (Map.Entry<Long, String> hit : hits) {
            if (found.put(hit.getKey(), hit.getValue()) != null) {
                problems.add("item " + hit.getKey() + " is found twice");
            }
        }
        acknowledged.forEach((id, title) -> {
            StandaloneServer.Row row = db.get(id);
            if (row == null || !row.title().equals(title)) {
                problems.add("acknowledged item " + id + " (" + title + ") is " + (row == null ? "missing" : "changed")
                        + " in the database");
            }
            if (!title.equals(found.get(id))) {
                problems.add("acknowledged item " + id + " (" + title + ") is not found by the search");
            }
        });
        problems.addAll(IndexAgreement.problems(db, found));
        assertEquals(
                List.of(),
                problems,
                "after the crash: " + beforeRestart + " acknowledged before the kill, "
                        + cutOff.get() + " requests cut off, " + db.size() + " items in the database, "
                        + (databaseChange - indexChange) + " changes replayed");
        assertTrue(db.values().stream().filter(StandaloneServer.Row::searchable).count() >= beforeRestart + 5);
        System.out.printf(
                "crash recovery: %d submissions acknowledged by 4 concurrent officers before the kill, %d cut"
                        + " off, changes %d..%d replayed, %d items in the database, all found%n",
                beforeRestart, cutOff.get(), indexChange + 1, databaseChange, db.size());
    }

    /** Submits one item; a 201 records its id and title as acknowledged. */
    private void submit(String officer, int n, Map<Long, String> acknowledged) throws IOException {
        String title = "崩溃恢复测试第" + n + "条：社区开展垃圾分类入户宣传";
        HttpResponse<String> r = server.submit(
                officer,
                title,
                "11月" + (1 + n % 28) + "日，社区志愿者" + (n % 50 + 3) + "人入户宣传垃圾分类知识。\n共发放宣传材料" + (100 + n % 400)
                        + "份，居民参与率明显提高。");
        if (r.statusCode() == 201) {
            acknowledged.put(StandaloneServer.json(r.body()).getJsonNumber("id").longValue(), title);
        } else if (r.statusCode() != 503) {
            throw new IllegalStateException("submit: HTTP " + r.statusCode() + " " + r.body());
        }
    }
}
