package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Operations on PostgreSQL under a running server (port offset 460, directories under
 * target/postgres-ops-it), as README's backup section describes them: a backup taken with pg_dump
 * while people work, more changes, a restore with pg_restore into the running database, after which
 * the restored state is served and the search finds exactly it; the switch from H2 to PostgreSQL
 * under one data directory (the index rebuilt, no ghost, nothing missing); and the database stopped for 30
 * seconds in use, during which the API answers 503 with a Chinese problem and pages a Chinese 503
 * page, after which everything works again without a restart.
 *
 * <p>Runs when {@code BRIEFDESK_OPS_IT_PG_URL} names a database the test may empty (bin/test makes
 * one) and the test may stop and start the PostgreSQL cluster {@code BRIEFDESK_OPS_IT_PG_CLUSTER}
 * (default "15 main") with pg_ctlcluster, i.e. runs as root.
 */
@EnabledIfEnvironmentVariable(named = "BRIEFDESK_OPS_IT_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresOperationsIT {

    private static final int OFFSET = 460;
    private static final URI READY = URI.create("http://localhost:" + (8080 + OFFSET) + "/health/ready");

    private final String jdbcUrl = System.getenv("BRIEFDESK_OPS_IT_PG_URL");
    private final String user = System.getenv().getOrDefault("BRIEFDESK_TEST_PG_USER", "briefdesk");
    private final String password = System.getenv().getOrDefault("BRIEFDESK_TEST_PG_PASSWORD", "briefdesk");
    private final String[] cluster = System.getenv()
            .getOrDefault("BRIEFDESK_OPS_IT_PG_CLUSTER", "15 main")
            .split(" ");
    private final StandaloneServer server = new StandaloneServer("postgres-ops-it", OFFSET);
    private int submitted;

    @BeforeEach
    void startOnAnEmptyDatabase() throws Exception {
        psql("drop schema public cascade; create schema public;");
        server.prepare();
        server.start(postgresql());
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
    }

    private Map<String, String> postgresql() {
        return Map.of(
                "briefdesk.db.driver",
                "postgresql",
                "briefdesk.db.url",
                jdbcUrl,
                "briefdesk.db.user",
                user,
                "briefdesk.db.password",
                password);
    }

    /**
     * The README's switch between H2 and PostgreSQL under one data directory, both ways: the index
     * built on PostgreSQL meets H2 and is rebuilt without PostgreSQL's items; the index built on H2,
     * which has seen more changes than PostgreSQL's outbox holds, meets PostgreSQL again; it is
     * rebuilt, and the search finds exactly PostgreSQL's items (none of H2's, none missing).
     */
    @Test
    void switchingBetweenH2AndPostgresqlUnderOneDataDirectoryRebuildsTheIndex() throws Exception {
        List<Long> onPostgresql = submitSome("先在PostgreSQL", 2);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        server.stopGracefully();

        long logOnH2 = server.logSize();
        server.start(); // the default: H2 under the same data directory
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
        awaitReady(true);
        assertTrue(server.log(logOnH2).contains("Rebuilding the search index from the database"), "rebuilt on H2");
        assertTrue(server.get("admin", "admin/index.xhtml").body().contains("另一个数据库"), "索引管理 on H2 says why");
        assertTrue(
                titlesFound().values().stream().noneMatch(t -> t.startsWith("先在PostgreSQL")),
                "H2 finds none of PostgreSQL's items");
        submitSome("在H2里", 6);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        server.stopGracefully();

        long logBefore = server.logSize();
        server.start(postgresql());
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
        awaitReady(true);
        assertTrue(server.log(logBefore).contains("Rebuilding the search index from the database"), "rebuilt");
        assertTrue(server.get("admin", "admin/index.xhtml").body().contains("另一个数据库"), "索引管理 says why");
        Map<Long, String> found = titlesFound();
        assertEquals(List.of(), IndexAgreement.problems(databaseRows(), found), "no ghost, nothing missing");
        assertTrue(found.values().stream().noneMatch(t -> t.startsWith("在H2里")), "none of H2's items: " + found);
        for (long id : onPostgresql) {
            assertTrue(found.containsKey(id), "item " + id + " submitted on PostgreSQL is found");
        }
        long next = submitSome("切换之后", 1).get(0);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        assertTrue(titlesFound().containsKey(next), "what is submitted after the switch is found");
    }

    @AfterEach
    void stopServer() throws Exception {
        cluster("start", true);
        server.close();
    }

    @Test
    void aBackupRestoredIntoTheRunningServerIsServedAndTheSearchFindsExactlyIt() throws Exception {
        List<Long> before = submitSome("备份之前", 3);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        Path backup = server.work.resolve("briefdesk.dump");
        run(List.of("pg_dump", "--format=custom", "--file=" + backup, libpqUrl()), false);

        List<Long> after = submitSome("备份之后", 3);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        assertTrue(titlesFound().values().stream().anyMatch(t -> t.startsWith("备份之后")));

        run(
                List.of(
                        "pg_restore",
                        "--clean",
                        "--if-exists",
                        "--single-transaction",
                        "--no-owner",
                        "--dbname=" + libpqUrl(),
                        backup.toString()),
                false);

        // The updater notices within its 10-second check that the outbox went backwards.
        Await.until(
                "the index to notice the restore",
                Duration.ofSeconds(120),
                () -> server.get("admin", "admin/index.xhtml").body().contains("较早的备份"));
        server.awaitIndexCaughtUp(Duration.ofSeconds(300));
        awaitReady(true);
        for (long id : before) {
            assertEquals(200, server.get("editor", "api/items/" + id).statusCode(), "item " + id + " is back");
        }
        Map<Long, String> found = titlesFound();
        List<String> problems = IndexAgreement.problems(databaseRows(), found);
        assertEquals(List.of(), problems, "after the restore the search finds exactly the restored items");
        assertTrue(
                found.values().stream().noneMatch(t -> t.startsWith("备份之后")),
                "nothing written after the backup is found: " + after);
        long next = submitSome("恢复之后", 1).get(0);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        assertTrue(titlesFound().containsKey(next), "what is submitted after the restore is found");
    }

    @Test
    void thirtySecondsWithoutTheDatabaseGetClearAnswersAndTheServerRecoversByItself() throws Exception {
        submitSome("停库之前", 1);
        assertEquals(200, server.get("editor", "api/me").statusCode()); // signed in before the outage
        cluster("stop", false);
        long stopped = System.nanoTime();
        try {
            HttpResponse<String> api = server.submit("haidian", "停库期间的报送", "正文。");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(StandaloneServer.json(api.body()).getString("detail").contains("数据库暂时无法连接"), api.body());
            HttpResponse<String> page = server.get("editor", "editor/inbox.xhtml");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("数据库暂时无法连接"), "the page says why in Chinese");
            awaitReady(false);
            Thread.sleep(Math.max(0, 30_000 - (System.nanoTime() - stopped) / 1_000_000));
        } finally {
            cluster("start", false);
        }
        awaitReady(true);
        long id = submitSome("恢复之后", 1).get(0);
        server.awaitIndexCaughtUp(Duration.ofSeconds(120));
        assertTrue(titlesFound().containsKey(id), "the server works again without a restart");
    }

    private List<Long> submitSome(String label, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        String[] officers = {"haidian", "xueyuanlu", "chengguan"};
        for (int i = 0; i < n; i++) {
            int k = submitted++;
            HttpResponse<String> r = server.submit(
                    officers[k % 3],
                    label + "第" + k + "条：社区开展冬季安全巡查",
                    "12月" + (1 + k % 28) + "日，社区组织安全巡查" + (k + 3) + "次。");
            assertEquals(201, r.statusCode(), r.body());
            ids.add(StandaloneServer.json(r.body()).getJsonNumber("id").longValue());
        }
        return ids;
    }

    private Map<Long, String> titlesFound() throws Exception {
        Map<Long, String> found = new HashMap<>();
        server.searchEverything().forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    private Map<Long, StandaloneServer.Row> databaseRows() throws Exception {
        Map<Long, StandaloneServer.Row> rows = new TreeMap<>();
        for (String line : run(
                        List.of("psql", "-qAt", "-F", "\t", "-c", "select id, status, title from item", libpqUrl()),
                        false)
                .split("\n")) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", 3);
                rows.put(Long.parseLong(f[0]), new StandaloneServer.Row(Long.parseLong(f[0]), f[2], f[1]));
            }
        }
        return rows;
    }

    private void awaitReady(boolean ready) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Await.until(ready ? "readiness UP" : "readiness DOWN", Duration.ofSeconds(120), () -> {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(READY)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject answer = StandaloneServer.json(r.body());
            return (r.statusCode() == 200) == ready
                    && answer.getString("status").equals(ready ? "UP" : "DOWN");
        });
    }

    /** pg_ctlcluster as root, as bin/test runs it (through sudo when the tests do not run as root). */
    private void cluster(String action, boolean mayFail) throws Exception {
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", cluster[0], cluster[1], action));
        if (action.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        run(command, mayFail);
    }

    private void psql(String sql) throws Exception {
        run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql, libpqUrl()), false);
    }

    /** postgresql://user:password@host:port/db for the command-line tools. */
    private String libpqUrl() {
        URI u = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "postgresql://" + user + ":" + password + "@" + u.getHost() + ":"
                + (u.getPort() < 0 ? 5432 : u.getPort()) + u.getPath();
    }

    private static String run(List<String> command, boolean mayFail) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0 && !mayFail) {
            throw new IOException(String.join(" ", command.subList(0, 1)) + " failed (" + exit + "): " + out);
        }
        return out;
    }
}
