package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The search index follows the database it was built from, and says so when it cannot: one server
 * (port offset 450, its own directories under target/index-it) starts without an index directory,
 * and is restarted under the same data directory with an older backup of its database, then with
 * another database, then with its index directory damaged. Each time it starts, tells why it rebuilt the index (log and
 * 索引管理), is ready only once the index caught up, and afterwards the search finds exactly the
 * database's searchable items: no ghost of the other database, no item missing, and what is
 * submitted next is found. Lucene may unmap its files (no "Unmapping is not supported" warning).
 */
class IndexFollowsDatabaseIT {

    private static final int OFFSET = 450;
    private static final URI READY = URI.create("http://localhost:" + (8080 + OFFSET) + "/health/ready");

    private final StandaloneServer server = new StandaloneServer("index-it", OFFSET);
    private int submitted;

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theIndexIsRebuiltWhenItIsMissingOrMeetsAnOlderBackupAnotherDatabaseOrADamagedDirectory() throws Exception {
        server.prepare();
        server.start();
        submitSome("甲库", 4);
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
        awaitReady();
        assertFalse(
                server.log(0).contains("Unmapping is not supported"), "the deployment gives Lucene jdk.unsupported");
        // The very first start had no index directory at all: it said so and built one.
        assertTrue(server.log(0).contains("Rebuilding the search index from the database: 索引目录不存在或为空"));
        server.stopGracefully();

        // An older backup: the database file as it is now, then more changes the index applies.
        Path backup = server.work.resolve("backup.mv.db");
        Files.copy(mvDb(server.h2File()), backup);
        server.start();
        submitSome("备份之后", 4);
        server.awaitIndexCaughtUp(Duration.ofSeconds(180));
        server.stopGracefully();
        Files.copy(backup, mvDb(server.h2File()), StandardCopyOption.REPLACE_EXISTING);
        assertRestartRebuilds(Map.of(), "较早的备份", server.h2File());

        // Another database under the same data directory (as when switching from H2 to PostgreSQL).
        Path other = server.work.resolve("other/briefdesk");
        Map<String, String> otherDatabase = Map.of(
                "briefdesk.db.url", "jdbc:h2:" + other + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        assertRestartRebuilds(otherDatabase, "另一个数据库", other);

        // A damaged index directory: the server still starts, keeps the damaged files aside and rebuilds.
        Path index = server.dataDir.resolve("briefdesk/index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("segments_")) {
                    Files.write(f, "损坏的索引文件".getBytes());
                }
            }
        }
        assertRestartRebuilds(otherDatabase, "索引目录损坏", other);
    }

    /**
     * Starts the server, and checks it rebuilt the index saying {@code why} on 索引管理, is ready once
     * caught up, finds exactly the database's items, and indexes what is submitted next.
     */
    private void assertRestartRebuilds(Map<String, String> settings, String why, Path database) throws Exception {
        long logBefore = server.logSize();
        server.start(settings);
        submitSome("重建之后", 2);
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
        awaitReady();
        String log = server.log(logBefore);
        assertTrue(log.contains("Rebuilding the search index from the database"), "the log says the index is rebuilt");
        String page = server.get("admin", "admin/index.xhtml").body();
        assertTrue(page.contains("索引已从数据库重建") && page.contains(why), "索引管理 says why: " + why);
        Map<Long, String> found = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, String> hit : server.searchEverything()) {
            if (found.put(hit.getKey(), hit.getValue()) != null) {
                problems.add("item " + hit.getKey() + " is found twice");
            }
        }
        server.stopGracefully();
        problems.addAll(IndexAgreement.problems(server.databaseRows(database), found));
        assertEquals(List.of(), problems, "after a restart because of " + why);
    }

    private void submitSome(String label, int n) throws IOException {
        String[] officers = {"haidian", "xueyuanlu", "chengguan"};
        for (int i = 0; i < n; i++) {
            int k = submitted++;
            HttpResponse<String> r = server.submit(
                    officers[k % 3],
                    label + "第" + k + "条：街道开展冬季消防安全检查",
                    "12月" + (1 + k % 28) + "日，街道组织消防安全检查" + (k + 2) + "处，发现并整改隐患" + (k % 5 + 1) + "处。");
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    /** Readiness (/health/ready) says UP, with the database up and the index caught up. */
    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Await.until("readiness", Duration.ofSeconds(120), () -> {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(READY)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return false;
            }
            JsonObject check = StandaloneServer.json(r.body()).getJsonArray("checks").stream()
                    .map(v -> v.asJsonObject())
                    .filter(c -> c.getString("name").equals("briefdesk"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no briefdesk readiness check: " + r.body()));
            JsonObject data = check.getJsonObject("data");
            return data.getString("database").equals("UP")
                    && !data.getBoolean("indexRebuilding")
                    && data.getJsonNumber("indexLag").longValue() <= 1_000;
        });
    }

    private static Path mvDb(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + ".mv.db");
    }
}
