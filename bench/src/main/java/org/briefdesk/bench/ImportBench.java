package org.briefdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;

/**
 * The archive import benchmark (bin/bench-import): writes a JSONL archive of generated reports of
 * about 1,200 characters in the running server's units (5% of them edited copies of earlier ones, so
 * duplicate detection has work), has the server import it from its import directory through
 * POST /api/imports, polls the job to its end and prints the import rate and the time until every
 * imported item was searchable, then checks that sampled titles are found.
 *
 * <pre>ImportBench --base http://localhost:8730/ --dir IMPORT_DIR --items 100000</pre>
 *
 * <p>With {@code --stop-after N} it returns once N records are committed (the script then kills the
 * server with -9 and starts it again); {@code --resume RUN_ID} continues that run and checks that
 * every record was imported exactly once.
 */
public final class ImportBench {

    private static final int BODY_CHARS = 1_200;
    private static final double VARIANTS = 0.05;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    /** Basic until {@link #useToken} created an API token, then Bearer. */
    private String auth;

    private ImportBench(URI base, String login, String password) {
        this.base = base;
        this.auth = "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Creates an API token with the password and sends only the token afterwards, as the README
     * recommends for scripts: with Basic, every poll derived the password hash (PBKDF2) on the server,
     * a third of the server's CPU during an import on two cores.
     */
    private void useToken() throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(base.resolve("api/tokens"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"导入基准测试\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("no API token: " + created.statusCode() + " " + created.body());
        }
        auth = "Bearer "
                + Json.createReader(new StringReader(created.body()))
                        .readObject()
                        .getString("value");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        ImportBench bench = new ImportBench(
                URI.create(Args.required(a, "base")),
                a.getOrDefault("login", "admin"),
                a.getOrDefault("password", "briefdesk2026"));
        bench.useToken();
        int items = Integer.parseInt(a.getOrDefault("items", "100000"));
        if (a.containsKey("resume")) {
            bench.resume(Long.parseLong(a.get("resume")), items);
            return;
        }
        Path dir = Path.of(Args.required(a, "dir"));
        String name = "bench-" + items + ".jsonl";
        long chars = bench.write(dir.resolve(name), items, Long.parseLong(a.getOrDefault("seed", "11")));
        System.out.printf("archive: %,d records, %,d characters of body on average, %s%n", items, chars / items, name);
        String location = bench.start(name);
        if (a.containsKey("stop-after")) {
            // The script kills the server with -9 once this returns, then resumes the run (--resume).
            long runId = bench.pollUntilImported(location, Integer.parseInt(a.get("stop-after")));
            System.out.println("run " + runId + " may be killed now");
            return;
        }
        bench.run(location, items);
    }

    /**
     * After a kill -9 and a restart of the server: the run is INTERRUPTED; it is continued through
     * POST /api/imports/{id}/restart and polled to its end, then its report must hold every record of
     * the archive exactly once, each imported as one item of its own, none skipped as imported before.
     */
    private void resume(long runId, int items) throws Exception {
        JsonObject before = Json.createReader(
                        new StringReader(get("api/imports/" + runId).body()))
                .readObject();
        System.out.printf(
                "after kill -9 and restart: run %d %s, imported %,d of %,d%n",
                runId, before.getString("status"), before.getInt("imported"), items);
        HttpResponse<String> restarted = http.send(
                HttpRequest.newBuilder(base.resolve("api/imports/" + runId + "/restart"))
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (restarted.statusCode() != 202) {
            throw new IllegalStateException("restart refused: " + restarted.statusCode() + " " + restarted.body());
        }
        run(base.resolve("api/imports/" + runId).toString(), items);
        Set<Long> positions = new HashSet<>();
        Set<Long> itemIds = new HashSet<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int rows = 0;
        for (int offset = 0; ; offset += 5_000) {
            JsonArray page = Json.createReader(
                            new StringReader(get("api/imports/" + runId + "/report?limit=5000&offset=" + offset)
                                    .body()))
                    .readArray();
            if (page.isEmpty()) {
                break;
            }
            for (JsonValue v : page) {
                JsonObject r = v.asJsonObject();
                rows++;
                positions.add(r.getJsonNumber("position").longValue());
                outcomes.merge(r.getString("outcome"), 1, Integer::sum);
                if (!r.isNull("itemId")) {
                    itemIds.add(r.getJsonNumber("itemId").longValue());
                }
            }
        }
        boolean exactlyOnce = rows == items
                && positions.size() == items
                && itemIds.size() == items
                && outcomes.getOrDefault("IMPORTED", 0) == items;
        System.out.printf(
                "resumed run: %,d report rows, %,d distinct records, %,d distinct items, outcomes %s: %s%n",
                rows,
                positions.size(),
                itemIds.size(),
                outcomes,
                exactlyOnce ? "every record imported exactly once" : "NOT EXACTLY ONCE");
        if (!exactlyOnce) {
            System.exit(1);
        }
    }

    /** Writes the archive; returns the total body length. */
    private long write(Path file, int items, long seed) throws Exception {
        Map<String, List<String>> unitsByKind = units();
        CorpusGenerator corpus = new CorpusGenerator(seed);
        Random r = new Random(seed);
        List<ItemDocument> originals = new ArrayList<>();
        long chars = 0;
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < items; i++) {
                ItemDocument d;
                if (originals.size() > 100 && r.nextDouble() < VARIANTS) {
                    ItemDocument original = originals.get(r.nextInt(originals.size()));
                    VariantKind kind = r.nextBoolean() ? VariantKind.RETITLED : VariantKind.SENTENCES_EDITED;
                    d = corpus.variant(original, kind, "v" + i, i);
                } else {
                    d = corpus.archiveItem(i);
                    if (originals.size() < 20_000) {
                        originals.add(d);
                    }
                }
                String unit = unitOf(d, unitsByKind);
                String body = fit(d.body().replace(d.unit(), unit));
                String title = d.title().replace(d.unit(), unit);
                chars += body.length();
                JsonObject line = Json.createObjectBuilder()
                        .add("title", title.length() > 100 ? title.substring(0, 100) : title)
                        .add("body", body)
                        .add("unit", unit)
                        .add("date", d.date().toString())
                        .add(
                                "column",
                                d.columns().isEmpty() ? "工作动态" : d.columns().get(0))
                        .add("key", "bench-" + seed + "-" + i)
                        .build();
                w.write(line.toString());
                w.newLine();
            }
        }
        return chars;
    }

    /** About {@link #BODY_CHARS}: cut at a sentence end, or repeat the report's paragraphs. */
    private static String fit(String body) {
        StringBuilder b = new StringBuilder(body);
        while (b.length() < BODY_CHARS) {
            b.append('\n').append(body);
        }
        int end = b.indexOf("。", BODY_CHARS - 100);
        return b.substring(0, end < 0 || end > BODY_CHARS + 200 ? BODY_CHARS : end + 1);
    }

    /** The generated unit if the server has it, else one of the same kind chosen by its name. */
    private static String unitOf(ItemDocument d, Map<String, List<String>> byKind) {
        String kind = switch (d.unitKind() == null ? "" : d.unitKind()) {
            case "街乡镇" -> "STREET_TOWN";
            case "工委" -> "GONGWEI";
            default -> "DEPARTMENT";
        };
        List<String> same = byKind.getOrDefault(kind, byKind.get("ALL"));
        if (same.contains(d.unit())) {
            return d.unit();
        }
        return same.get(Math.floorMod(d.unit().hashCode(), same.size()));
    }

    private Map<String, List<String>> units() throws Exception {
        JsonArray units =
                Json.createReader(new StringReader(get("api/units").body())).readArray();
        Map<String, List<String>> byKind = new HashMap<>();
        for (JsonValue v : units) {
            JsonObject u = v.asJsonObject();
            if (!u.getString("kind").equals("OFFICE")) {
                byKind.computeIfAbsent(u.getString("kind"), k -> new ArrayList<>())
                        .add(u.getString("shortName"));
                byKind.computeIfAbsent("ALL", k -> new ArrayList<>()).add(u.getString("shortName"));
            }
        }
        return byKind;
    }

    /** Starts the import of the named file in the import directory; returns the run's URL. */
    private String start(String name) throws Exception {
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(base.resolve("api/imports"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"" + name + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        return accepted.headers().firstValue("Location").orElseThrow();
    }

    /** Polls until at least {@code records} records are committed; returns the run's id. */
    private long pollUntilImported(String location, int records) throws Exception {
        while (true) {
            JsonObject status =
                    Json.createReader(new StringReader(get(location).body())).readObject();
            if (status.getInt("imported") + status.getInt("skipped") >= records) {
                System.out.printf("committed so far: imported %,d%n", status.getInt("imported"));
                return status.getJsonNumber("id").longValue();
            }
            if (!status.getString("status").startsWith("START")) {
                throw new IllegalStateException("the import ended before " + records + " records: " + status);
            }
            Thread.sleep(200);
        }
    }

    /** Polls the run at {@code location} to its end and prints the figures. */
    private void run(String location, int items) throws Exception {
        long t0 = System.nanoTime();
        JsonObject status;
        long nextReport = 0;
        while (true) {
            status = Json.createReader(new StringReader(get(location).body())).readObject();
            String s = status.getString("status");
            if (s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED") || s.equals("INTERRUPTED")) {
                break;
            }
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            if (seconds >= nextReport) {
                System.out.printf(
                        "  %4d s  %-9s imported %,d  skipped %,d%n",
                        seconds, s, status.getInt("imported"), status.getInt("skipped"));
                nextReport = seconds + 30;
            }
            Thread.sleep(1000);
        }
        System.out.println("final: " + status);
        Instant created = Instant.parse(status.getString("createdAt"));
        Instant imported = Instant.parse(status.getString("importedAt"));
        Instant searchable = status.isNull("searchableAt") ? null : Instant.parse(status.getString("searchableAt"));
        double writeSeconds = Duration.between(created, imported).toMillis() / 1000.0;
        System.out.printf(
                "written to the database: %,d items in %.1f s = %.0f items/s%n",
                status.getInt("imported"), writeSeconds, status.getInt("imported") / writeSeconds);
        if (searchable != null) {
            double allSeconds = Duration.between(created, searchable).toMillis() / 1000.0;
            System.out.printf(
                    "searchable with duplicate detection done: %.1f s after the start = %.0f items/s end to end;"
                            + " the last item %.1f s after it was written%n",
                    allSeconds,
                    status.getInt("imported") / allSeconds,
                    Duration.between(imported, searchable).toMillis() / 1000.0);
        }
        System.out.printf(
                "duplicates found: %,d (the archive holds about %,d edited copies)%n",
                status.getInt("duplicates"), Math.round(items * VARIANTS));
        sampleSearch(status.getJsonNumber("id").longValue(), items);
    }

    /** Searches 20 imported titles spread over the archive, as phrases: each must be found. */
    private void sampleSearch(long runId, int items) throws Exception {
        int found = 0;
        int asked = 0;
        for (int k = 0; k < 20; k++) {
            String page = get("api/imports/" + runId + "/report?limit=1&offset=" + (long) k * items / 20)
                    .body();
            JsonArray rows = Json.createReader(new StringReader(page)).readArray();
            if (rows.isEmpty() || !rows.getJsonObject(0).getString("outcome").equals("IMPORTED")) {
                continue;
            }
            String title = rows.getJsonObject(0).getString("title");
            asked++;
            String hits = get("api/search?limit=50&q=" + URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8))
                    .body();
            if (hits.contains(title)) {
                found++;
            }
        }
        System.out.printf("search check: %d of %d sampled imported titles found%n", found, asked);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
        return http.send(
                HttpRequest.newBuilder(uri).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
