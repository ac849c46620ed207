package org.briefdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * An archive import (档案导入) in the cluster check: started on A from a file in the shared import
 * directory, stopped (停止) through B and continued on A, cut off when A is killed, and — once A's restart has marked the run interrupted —
 * continued (继续导入) through B, whose batch runtime finds A's job execution in the database's job
 * repository. The run must end completed with every record imported once, its status the same on
 * both nodes, and its items found by both nodes' search.
 */
final class ImportAcrossNodes {

    private static final String FILE = "cluster-import.jsonl";

    private final DeskClient adminA;
    private final DeskClient adminB;
    private final int records;
    private long run;
    private long atKill;
    /** What went wrong before the kill (the stop through B), added to the end's mismatches. */
    private int mismatchesBeforeKill;

    private String stopReport = "";

    ImportAcrossNodes(String a, String b, int records) {
        this.adminA = DeskClient.api(a, "admin", DemoData.PASSWORD);
        this.adminB = adminA.at(b);
        this.records = records;
    }

    /**
     * Writes the source into the import directory, starts the import on A and waits for its first
     * chunks (the first is enough: A is killed right after, long before the end).
     */
    void startOnA(Path importDirectory) throws Exception {
        Files.createDirectories(importDirectory);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records; i++) {
            lines.append(Json.createObjectBuilder()
                            .add("title", "集群导入第" + i + "号：" + code(i) + "街道召开背街小巷整治推进会")
                            .add(
                                    "body",
                                    (2019 + i % 5) + "年" + (1 + i % 12) + "月" + (1 + i % 28) + "日，街道召开第" + i
                                            + "次背街小巷环境整治推进会，部署垃圾分类工作。")
                            .add("unit", i % 2 == 0 ? "海淀街道" : "学院路街道")
                            .add("column", "工作动态")
                            .add("key", "cluster-import-" + i)
                            .build())
                    .append('\n');
        }
        Files.writeString(importDirectory.resolve(FILE), lines, StandardCharsets.UTF_8);
        DeskClient.Response r = adminA.postJson("api/imports", "{\"path\":\"" + FILE + "\"}");
        if (r.status() != 202) {
            throw new IllegalStateException("import on A: HTTP " + r.status() + " " + r.body());
        }
        run = object(r.body()).getJsonNumber("id").longValue();
        await(
                adminA,
                s -> s.getJsonNumber("imported").longValue()
                                        + s.getJsonNumber("skipped").longValue()
                                > 0
                        || !s.getString("status").startsWith("START"),
                15);
    }

    /**
     * 停止 pressed on B while the job runs on A: the run must be STOPPED on both nodes within a
     * minute, import nothing more, and then continue (继续导入, on A again) until its next chunk is in.
     */
    void stopThroughB() throws Exception {
        long t0 = System.nanoTime();
        DeskClient.Response r = adminB.postJson("api/imports/" + run + "/stop", "{}");
        if (r.status() != 202) {
            stopReport = "停止 on B answered HTTP " + r.status() + " " + r.body();
            mismatchesBeforeKill++;
            return;
        }
        JsonObject stopped;
        try {
            stopped = await(
                    adminB, s -> !List.of("STARTING", "STARTED", "STOPPING").contains(s.getString("status")), 1);
        } catch (IllegalStateException e) {
            stopReport = "停止 on B: the job on A did not stop within a minute ("
                    + status(adminA).getString("status") + ")";
            mismatchesBeforeKill++;
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long at = stopped.getJsonNumber("imported").longValue();
        Thread.sleep(3_000);
        JsonObject later = status(adminA);
        boolean still = later.getString("status").equals("STOPPED")
                && later.getJsonNumber("imported").longValue() == at;
        mismatchesBeforeKill += stopped.getString("status").equals("STOPPED") && still ? 0 : 1;
        DeskClient.Response restart = adminA.postJson("api/imports/" + run + "/restart", "{}");
        mismatchesBeforeKill += restart.status() == 202 ? 0 : 1;
        await(
                adminA,
                s -> s.getJsonNumber("imported").longValue() > at
                        || !s.getString("status").startsWith("ST"),
                15);
        stopReport = String.format(
                "停止 pressed on B while A ran the job: %s after %.1f s at %d records, %s 3 s later (A: %s at %d);"
                        + " continued on A (HTTP %d)",
                stopped.getString("status"),
                seconds,
                at,
                still ? "unchanged" : "CHANGED",
                later.getString("status"),
                later.getJsonNumber("imported").longValue(),
                restart.status());
    }

    /** Just before A is killed: how far the import got. */
    void beforeKill() throws Exception {
        JsonObject s = status(adminA);
        atKill = s.getJsonNumber("imported").longValue();
        if (!s.getString("status").equals("STARTED")) {
            System.out.println("import across nodes: the import was " + s.getString("status") + " before the kill");
        }
    }

    /** After A's restart: continues the run through B and checks the end. Returns the number of mismatches. */
    int continueOnB() throws Exception {
        System.out.println("import across nodes: " + stopReport);
        JsonObject interrupted = await(adminB, s -> !s.getString("status").startsWith("START"), 15);
        long t0 = System.nanoTime();
        DeskClient.Response r = adminB.postJson("api/imports/" + run + "/restart", "{}");
        if (r.status() != 202) {
            System.out.println("import across nodes: 继续导入 on B answered HTTP " + r.status() + " " + r.body()
                    + " (status after A's restart: " + interrupted.getString("status") + ")");
            return 1;
        }
        JsonObject done =
                await(adminB, s -> List.of("COMPLETED", "FAILED", "STOPPED").contains(s.getString("status")), 15);
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonObject onA = status(adminA);
        int mismatches = mismatchesBeforeKill;
        mismatches += done.getString("status").equals("COMPLETED") ? 0 : 1;
        mismatches += done.getJsonNumber("imported").longValue() == records ? 0 : 1;
        mismatches += onA.getString("status").equals(done.getString("status")) ? 0 : 1;
        int found = 0;
        for (int i : new int[] {0, records / 2, records - 1}) {
            found += awaitFound(adminA, code(i)) ? 1 : 0;
            found += awaitFound(adminB, code(i)) ? 1 : 0;
        }
        mismatches += 6 - found;
        System.out.printf(
                "import across nodes: started on A, %d of %d records imported when A was killed; after A's restart"
                        + " %s at %d, continued through B in %.0f s: %s, %d imported, %d skipped (A reports %s);"
                        + " first, middle and last record found %d times of 6 on A and B%n",
                atKill,
                records,
                interrupted.getString("status"),
                interrupted.getJsonNumber("imported").longValue(),
                seconds,
                done.getString("status"),
                done.getJsonNumber("imported").longValue(),
                done.getJsonNumber("skipped").longValue(),
                onA.getString("status"),
                found);
        return mismatches;
    }

    private static String code(int i) {
        return "jqdr" + Integer.toString(1_000_000 + i, 36);
    }

    private boolean awaitFound(DeskClient searcher, String code) throws Exception {
        for (long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); System.nanoTime() < deadline; ) {
            DeskClient.Response r =
                    searcher.get("api/search?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&limit=5");
            if (r.status() == 200 && r.body().contains(code)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private JsonObject status(DeskClient admin) throws IOException, InterruptedException {
        DeskClient.Response r = admin.get("api/imports/" + run);
        if (r.status() != 200) {
            throw new IllegalStateException("import status: HTTP " + r.status() + " " + r.body());
        }
        return object(r.body());
    }

    private interface Condition {
        boolean test(JsonObject status);
    }

    private JsonObject await(DeskClient admin, Condition done, int minutes) throws Exception {
        for (long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes); System.nanoTime() < deadline; ) {
            JsonObject s = status(admin);
            if (done.test(s)) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "import run " + run + " did not reach the state within " + minutes + " minutes");
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
