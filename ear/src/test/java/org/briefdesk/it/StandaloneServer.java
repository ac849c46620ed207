package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisioned WildFly run as a plain process, for tests that kill it, restart it, or change its
 * database or data directory between starts (Arquillian's managed container survives none of that).
 * It has its own base directory (configuration and the EAR Maven built) under target/{@code name},
 * its own port offset, and talks to Briefdesk over HTTP as the demo accounts.
 */
final class StandaloneServer implements AutoCloseable {

    private static final Pattern COUNT = Pattern.compile("class=\"bd-count\"[^>]*>\\s*([0-9,]+)\\s*<");

    /** One stored item: what the search must show for it. */
    record Row(long id, String title, String status) {
        boolean searchable() {
            return !status.equals("DRAFT") && !status.equals("WITHDRAWN");
        }
    }

    private final int offset;
    final URI base;
    private final Path jbossHome = Path.of(System.getProperty("jboss.home", "target/server"));
    private final Path ear = Path.of(System.getProperty("briefdesk.ear", "target/briefdesk.ear"));
    final Path work;
    final Path dataDir;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    private Process script;
    private ProcessHandle jvm;

    StandaloneServer(String name, int offset) {
        this.offset = offset;
        this.base = URI.create("http://localhost:" + (8080 + offset) + "/");
        this.work = ear.toAbsolutePath().getParent().resolve(name);
        this.dataDir = work.resolve("data");
    }

    /** Its own base directory (configuration and the EAR to deploy) and an empty data directory. */
    StandaloneServer prepare() throws IOException {
        delete(work);
        Path base = work.resolve("standalone");
        Path config = jbossHome.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(config)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = base.resolve("configuration")
                        .resolve(config.relativize(p).toString());
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
        return this;
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Starts on the shipped default database (H2 under the data directory). */
    void start() throws Exception {
        start(Map.of());
    }

    /**
     * Starts the server through standalone.sh with these Briefdesk settings as system properties
     * (e.g. {@code briefdesk.db.url}) and waits until Briefdesk answers.
     */
    void start(Map<String, String> settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                jbossHome.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone.xml",
                "-Djboss.server.base.dir=" + work.resolve("standalone"),
                "-Djboss.server.data.dir=" + dataDir,
                "-Djboss.socket.binding.port-offset=" + offset,
                // An overloaded shared machine can need more than WildFly's default 5 minutes to boot.
                "-Djboss.as.management.blocking.timeout=900"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        ProcessBuilder pb = new ProcessBuilder(command);
        // The default database is H2 under the data dir (configure.cli): its URL must carry
        // WRITE_DELAY=0, or H2 writes commits up to 500 ms late and a kill -9 loses acknowledged items.
        pb.environment().keySet().removeIf(k -> k.startsWith("BRIEFDESK_") || k.equals("JAVA_OPTS"));
        // Background mode: the script forwards signals and waits for the JVM, which tests may kill.
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        pb.environment().put("DISABLE_JDK_SERIAL_FILTER", "true");
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        pb.redirectErrorStream(true);
        pb.redirectOutput(
                ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        script = pb.start();
        Await.until(
                "the server JVM",
                Duration.ofSeconds(30),
                () -> script.toHandle().descendants().anyMatch(StandaloneServer::isJava));
        jvm = script.toHandle()
                .descendants()
                .filter(StandaloneServer::isJava)
                .findFirst()
                .orElseThrow();
        Await.until("the server to start", Duration.ofSeconds(420), () -> {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("the server died; see " + work.resolve("server.log"));
            }
            try {
                return get("admin", "api/me").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** The server JVM itself, not the script's short-lived java version checks. */
    private static boolean isJava(ProcessHandle p) {
        return p.info()
                .arguments()
                .map(args -> List.of(args).contains("-D[Standalone]"))
                .orElse(false);
    }

    /** SIGKILL of the server JVM: nothing gets to flush or close. */
    void kill() {
        jvm.destroyForcibly();
    }

    /** Waits for a killed server to be gone. */
    void awaitDeath() throws Exception {
        jvm.onExit().get(30, TimeUnit.SECONDS);
        script.waitFor(30, TimeUnit.SECONDS);
    }

    void stopGracefully() throws Exception {
        jvm.destroy();
        try {
            jvm.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            jvm.destroyForcibly();
        }
        script.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (jvm != null && jvm.isAlive()) {
            jvm.destroyForcibly();
        }
        if (script != null) {
            script.destroyForcibly();
        }
    }

    long logSize() throws IOException {
        Path log = work.resolve("server.log");
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** What the server logged from {@code offset} on (since a restart, or 0: since the first start). */
    String log(long from) throws IOException {
        byte[] log = Files.readAllBytes(work.resolve("server.log"));
        return new String(log, (int) from, log.length - (int) from, StandardCharsets.UTF_8);
    }

    /** Submits one item as the officer; returns the HTTP response (201 with the new item's id). */
    HttpResponse<String> submit(String officer, String title, String body) throws IOException {
        String json = Json.createObjectBuilder()
                .add("title", title)
                .add("bodyHtml", body)
                .add("submit", true)
                .build()
                .toString();
        return send(
                officer,
                HttpRequest.newBuilder(base.resolve("api/items"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The administrator's 索引管理 page: documents, the index's applied change, the database's last change. */
    List<Long> indexPage() throws IOException {
        Matcher m = COUNT.matcher(get("admin", "admin/index.xhtml").body());
        List<Long> n = new ArrayList<>();
        while (m.find()) {
            n.add(Long.parseLong(m.group(1).replace(",", "")));
        }
        assertEquals(3, n.size(), "the index page shows three counters");
        return n;
    }

    /** Waits until the index has applied every change of the database's outbox. */
    void awaitIndexCaughtUp(Duration timeout) throws Exception {
        Await.until("the index to catch up", timeout, () -> {
            List<Long> n = indexPage();
            return n.get(1).equals(n.get(2));
        });
    }

    /** Every item an editor can find, page by page: id and title. */
    List<Map.Entry<Long, String>> searchEverything() throws Exception {
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

    /** The default H2 database's file under the data directory (without .mv.db). */
    Path h2File() {
        return dataDir.resolve("briefdesk/briefdesk");
    }

    /** The item table of an H2 database, read while no server uses it, with the server's own H2 driver. */
    Map<Long, Row> databaseRows(Path h2File) throws Exception {
        Map<Long, Row> rows = new TreeMap<>();
        try (H2 h2 = new H2(h2File);
                Statement s = h2.connection.createStatement();
                ResultSet r = s.executeQuery("select id, title, status from item")) {
            while (r.next()) {
                rows.put(r.getLong(1), new Row(r.getLong(1), r.getString(2), r.getString(3)));
            }
        }
        return rows;
    }

    /** A connection to an H2 database file through the H2 module of the provisioned server. */
    final class H2 implements AutoCloseable {
        private final URLClassLoader loader;
        final Connection connection;

        H2(Path file) throws Exception {
            Path module = jbossHome.resolve("modules/system/layers/base/com/h2database/h2/main");
            Path jar;
            try (Stream<Path> files = Files.list(module)) {
                jar = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                        .findFirst()
                        .orElseThrow();
            }
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "sa");
            connection = driver.connect("jdbc:h2:" + file, credentials);
        }

        @Override
        public void close() throws Exception {
            try {
                connection.close();
            } finally {
                loader.close();
            }
        }
    }

    HttpResponse<String> get(String login, String path) throws IOException {
        return send(login, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** HTTP Basic on every request, as a unit's system without a token sends it. */
    HttpResponse<String> send(String login, HttpRequest.Builder request) throws IOException {
        HttpClient client = clients.computeIfAbsent(
                login,
                l -> HttpClient.newBuilder()
                        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
        request.timeout(Duration.ofSeconds(60)).header("Authorization", DeskApi.basicAuth(login));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
