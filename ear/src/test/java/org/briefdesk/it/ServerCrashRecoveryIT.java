package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefdesk.infrastructure.demo.DemoData;
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
 * This test runs the provisioned server itself (port offset 700, its own base and data directory
 * under target/crash-it) with the EAR Maven built.
 */
class ServerCrashRecoveryIT {

    private static final int OFFSET = 700;
    private static final URI BASE = URI.create("http://localhost:" + (8080 + OFFSET) + "/");
    private static final String[] OFFICERS = {"haidian", "xueyuanlu", "chengguan"};
    private static final Pattern COUNT = Pattern.compile("class=\"bd-count\"[^>]*>\\s*([0-9,]+)\\s*<");

    private final Path jbossHome = Path.of(System.getProperty("jboss.home", "target/server"));
    private final Path ear = Path.of(System.getProperty("briefdesk.ear", "target/briefdesk.ear"));
    private final Path work = ear.toAbsolutePath().getParent().resolve("crash-it");
    private final Path dataDir = work.resolve("data");
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    private Process server;
    private ProcessHandle serverJvm;

    /** One stored item: what the search must show for it. */
    private record Row(long id, String title, String status) {
        boolean searchable() {
            return !status.equals("DRAFT") && !status.equals("WITHDRAWN");
        }
    }

    @AfterEach
    void killLeftoverServer() {
        if (serverJvm != null && serverJvm.isAlive()) {
            serverJvm.destroyForcibly();
        }
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void killingTheServerDuringSubmissionsLosesNoItem() throws Exception {
        prepareServerDirectories();
        start();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        // The first start rebuilds the index from the demo items; a few items caught up after that
        // make the index commit a change number, from which the restart has to replay.
        for (int n = 0; n < 3; n++) {
            submit(OFFICERS[n], 80_000 + n, acknowledged);
        }
        awaitCondition(() -> {
            List<Long> n = indexPage();
            return n.get(1) > 0 && n.get(1).equals(n.get(2));
        }, Duration.ofSeconds(300), "the first catch-up");
        assertTrue(restartLog(0).contains("Search index rebuilt"), "the first start indexes the demo items");

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
                        serverJvm.destroyForcibly();
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
        serverJvm.onExit().get(30, TimeUnit.SECONDS);
        server.waitFor(30, TimeUnit.SECONDS);
        int beforeRestart = acknowledged.size();

        long logBefore = Files.size(work.resolve("server.log"));
        start();
        long databaseChange = indexPage().get(2);
        Matcher opened = Pattern.compile("last applied change (\\d+)").matcher(restartLog(logBefore));
        assertTrue(opened.find(), "the restarted server logs the index's last applied change");
        long indexChange = Long.parseLong(opened.group(1));
        assertTrue(indexChange > 0 && indexChange < databaseChange, "the kill should leave changes to replay: index at "
                + indexChange + ", database at " + databaseChange);
        for (int n = 0; n < 5; n++) {
            submit(OFFICERS[n % OFFICERS.length], 90_000 + n, acknowledged);
        }
        awaitCondition(() -> {
            List<Long> n = indexPage();
            return n.get(1).equals(n.get(2));
        }, Duration.ofSeconds(180), "the index to catch up");
        List<Map.Entry<Long, String>> hits = searchEverything();
        stopGracefully();
        assertTrue(!restartLog(logBefore).contains("Search index rebuilt"),
                "after the crash the index must be caught up from the outbox, not rebuilt");

        Map<Long, Row> db = databaseRows();
        List<String> problems = new ArrayList<>();
        acknowledged.forEach((id, title) -> {
            Row row = db.get(id);
            if (row == null || !row.title().equals(title)) {
                problems.add("acknowledged item " + id + " (" + title + ") is " + (row == null ? "missing" : "changed")
                        + " in the database");
            }
        });
        Map<Long, String> found = new HashMap<>();
        for (Map.Entry<Long, String> hit : hits) {
            if (found.put(hit.getKey(), hit.getValue()) != null) {
                problems.add("item " + hit.getKey() + " is found twice");
            }
        }
        for (Row row : db.values()) {
            String title = found.get(row.id());
            if (row.searchable() && title == null) {
                problems.add("item " + row.id() + " (" + row.status() + ") is in the database but not found");
            } else if (row.searchable() && !title.equals(row.title())) {
                problems.add("item " + row.id() + " is found with the title " + title + " instead of " + row.title());
            } else if (!row.searchable() && title != null) {
                problems.add("item " + row.id() + " (" + row.status() + ") is not searchable but found");
            }
        }
        found.keySet().stream().filter(id -> !db.containsKey(id))
                .forEach(id -> problems.add("item " + id + " is found but not in the database"));
        assertEquals(List.of(), problems, "after the crash: " + beforeRestart + " acknowledged before the kill, "
                + cutOff.get() + " requests cut off, " + db.size() + " items in the database, " + (databaseChange
                - indexChange) + " changes replayed");
        assertTrue(db.values().stream().filter(Row::searchable).count() >= beforeRestart + 5);
        System.out.printf("crash recovery: %d submissions acknowledged before the kill, %d cut off, changes %d..%d"
                + " replayed, %d items in the database, all found%n", beforeRestart, cutOff.get(), indexChange + 1,
                databaseChange, db.size());
    }

    /** What the server logged from {@code offset} on (since its restart, or 0: since the first start). */
    private String restartLog(long offset) throws IOException {
        byte[] log = Files.readAllBytes(work.resolve("server.log"));
        return new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8);
    }

    /** Its own base directory (configuration and the EAR to deploy) and an empty data directory. */
    private void prepareServerDirectories() throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path base = work.resolve("standalone");
        Path config = jbossHome.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(config)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = base.resolve("configuration").resolve(config.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments/briefdesk.ear"));
        Files.createDirectories(dataDir);
    }

    /** Starts the server through standalone.sh and waits until Briefdesk answers. */
    private void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone.xml",
                "-Djboss.server.base.dir=" + work.resolve("standalone"),
                "-Djboss.server.data.dir=" + dataDir,
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                // An overloaded shared machine can need more than WildFly's default 5 minutes to boot.
                "-Djboss.as.management.blocking.timeout=900");
        // The database is the shipped default, H2 under the data dir (configure.cli): its URL must carry
        // WRITE_DELAY=0, or H2 writes commits up to 500 ms late and a kill -9 loses acknowledged items.
        pb.environment().keySet().removeIf(k -> k.startsWith("BRIEFDESK_") || k.equals("JAVA_OPTS"));
        // Background mode: the script forwards signals and waits for the JVM, which we kill ourselves.
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        pb.environment().put("DISABLE_JDK_SERIAL_FILTER", "true");
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        server = pb.start();
        awaitCondition(() -> server.toHandle().descendants().anyMatch(ServerCrashRecoveryIT::isJava),
                Duration.ofSeconds(30), "the server JVM");
        serverJvm = server.toHandle().descendants().filter(ServerCrashRecoveryIT::isJava).findFirst().orElseThrow();
        awaitCondition(() -> {
            if (!serverJvm.isAlive()) {
                throw new IllegalStateException("the server died; see " + work.resolve("server.log"));
            }
            try {
                return get("admin", "api/me").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(420), "the server to start");
    }

    /** The server JVM itself, not the script's short-lived java version checks. */
    private static boolean isJava(ProcessHandle p) {
        return p.info().arguments().map(args -> List.of(args).contains("-D[Standalone]")).orElse(false);
    }

    private void stopGracefully() throws Exception {
        serverJvm.destroy();
        try {
            serverJvm.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            serverJvm.destroyForcibly();
        }
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** Submits one item; a 201 records its id and title as acknowledged. */
    private void submit(String officer, int n, Map<Long, String> acknowledged) throws IOException {
        String title = "崩溃恢复测试第" + n + "条：社区开展垃圾分类入户宣传";
        String body = Json.createObjectBuilder().add("title", title)
                .add("bodyHtml", "11月" + (1 + n % 28) + "日，社区志愿者" + (n % 50 + 3) + "人入户宣传垃圾分类知识。\n"
                        + "共发放宣传材料" + (100 + n % 400) + "份，居民参与率明显提高。")
                .add("submit", true).build().toString();
        HttpResponse<String> r = send(officer, HttpRequest.newBuilder(BASE.resolve("api/items"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (r.statusCode() == 201) {
            acknowledged.put(json(r.body()).getJsonNumber("id").longValue(), title);
        } else if (r.statusCode() != 503) {
            throw new IllegalStateException("submit: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** The administrator's 索引管理 page: documents, the index's applied change, the database's last change. */
    private List<Long> indexPage() throws IOException {
        Matcher m = COUNT.matcher(get("admin", "admin/index.xhtml").body());
        List<Long> n = new ArrayList<>();
        while (m.find()) {
            n.add(Long.parseLong(m.group(1).replace(",", "")));
        }
        assertEquals(3, n.size(), "the index page shows three counters");
        return n;
    }

    /** Every item an editor can find, page by page: id and title. */
    private List<Map.Entry<Long, String>> searchEverything() throws Exception {
        List<Map.Entry<Long, String>> hits = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            HttpResponse<String> r = get("editor", "api/search?q=&sort=DATE_DESC&limit=100&offset=" + offset);
            assertEquals(200, r.statusCode(), r.body());
            JsonArray page = json(r.body()).getJsonArray("hits");
            for (JsonValue v : page) {
                JsonObject h = v.asJsonObject();
                hits.add(Map.entry(Long.parseLong(h.getString("id")), h.getString("title")));
            }
            if (page.size() < 100) {
                return hits;
            }
        }
    }

    /** The item table, read after the server stopped, with the H2 driver the server itself uses. */
    private Map<Long, Row> databaseRows() throws Exception {
        Path h2Module = jbossHome.resolve("modules/system/layers/base/com/h2database/h2/main");
        Path jar;
        try (Stream<Path> files = Files.list(h2Module)) {
            jar = files.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Map<Long, Row> rows = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "sa");
            try (Connection c = driver.connect(databaseUrl(), credentials); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select id, title, status from item")) {
                while (r.next()) {
                    rows.put(r.getLong(1), new Row(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return rows;
    }

    private String databaseUrl() {
        return "jdbc:h2:" + dataDir.resolve("briefdesk/briefdesk");
    }

    private HttpResponse<String> get(String login, String path) throws IOException {
        return send(login, HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    /** HTTP Basic once per account; the session cookie then spares the server a password hash per request. */
    private HttpResponse<String> send(String login, HttpRequest.Builder request) throws IOException {
        HttpClient client = clients.computeIfAbsent(login, l -> HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).build());
        request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void awaitCondition(Check check, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(250);
        }
    }
}
