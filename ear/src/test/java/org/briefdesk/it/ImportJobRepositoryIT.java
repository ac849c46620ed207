package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch runtime's job repository lives in the application's database (configure.cli), so an
 * archive import cut off by a killed server is continued after the restart as the same batch job:
 * the new execution belongs to the job instance the killed server started, with an id the database
 * handed out (an in-memory repository would start counting at 1 again and know nothing of the
 * instance). In a cluster the same makes 继续导入 on node B continue what node A started
 * ({@code bin/cluster-check} shows that on PostgreSQL).
 *
 * <p>Not an Arquillian test: the server is killed and started again ({@link StandaloneServer}, port
 * offset 910, its own base and data directory under target/job-repository-it), on H2 as shipped.
 */
class ImportJobRepositoryIT {

    private static final int OFFSET = 910;
    private static final int RECORDS = 12_000;

    private final StandaloneServer server = new StandaloneServer("job-repository-it", OFFSET);

    @AfterEach
    void killLeftoverServer() {
        server.close();
    }

    @Test
    void anImportCutOffByAKilledServerIsContinuedAfterTheRestartAsTheSameBatchJob() throws Exception {
        server.prepare();
        server.start();
        HttpResponse<String> accepted = server.send(
                "admin",
                HttpRequest.newBuilder(server.base.resolve("api/imports"))
                        .header("Content-Type", "application/x-ndjson")
                        .header("X-File-Name", "job-repository.jsonl")
                        .POST(HttpRequest.BodyPublishers.ofString(lines(RECORDS), StandardCharsets.UTF_8)));
        assertEquals(202, accepted.statusCode(), accepted.body());
        long run = StandaloneServer.json(accepted.body()).getJsonNumber("id").longValue();
        JsonObject halfway = Await.value(
                "the import to commit its first chunks",
                Duration.ofMinutes(4),
                () -> status(run),
                s -> s.getJsonNumber("imported").longValue() >= 200
                        || !s.getString("status").startsWith("START"));
        assertEquals("STARTED", halfway.getString("status"), "still importing when the server is killed: " + halfway);
        server.kill();
        server.awaitDeath();

        server.start();
        JsonObject interrupted = status(run);
        assertEquals("INTERRUPTED", interrupted.getString("status"), interrupted.toString());
        long before = interrupted.getJsonNumber("imported").longValue();
        assertTrue(before < RECORDS, "the kill came before the end: " + interrupted);
        HttpResponse<String> restarted = server.send(
                "admin",
                HttpRequest.newBuilder(server.base.resolve("api/imports/" + run + "/restart"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject done = Await.value(
                "the continued import to end",
                Duration.ofMinutes(6),
                () -> status(run),
                s -> List.of("COMPLETED", "FAILED", "STOPPED").contains(s.getString("status")));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(RECORDS, done.getJsonNumber("imported").longValue(), done.toString());
        server.stopGracefully();

        List<String> executions = new ArrayList<>();
        try (StandaloneServer.H2 h2 = server.new H2(server.h2File());
                Statement s = h2.connection.createStatement();
                ResultSet r = s.executeQuery("select e.jobinstanceid, e.jobexecutionid, e.batchstatus"
                        + " from job_execution e join job_instance i on i.jobinstanceid = e.jobinstanceid"
                        + " where i.jobname = 'archive-import' order by e.jobexecutionid")) {
            while (r.next()) {
                executions.add(r.getLong(1) + "/" + r.getLong(2) + "/" + r.getString(3));
            }
        }
        assertEquals(2, executions.size(), "the killed execution and its continuation: " + executions);
        String first = executions.get(0);
        String second = executions.get(1);
        assertEquals(
                first.substring(0, first.indexOf('/')),
                second.substring(0, second.indexOf('/')),
                "one job instance: " + executions);
        assertTrue(first.endsWith("/FAILED"), "the dead execution is marked failed on restart: " + executions);
        assertTrue(second.endsWith("/COMPLETED"), executions.toString());
        System.out.printf(
                "job repository: %d of %d records imported when the server was killed, %d after its restart;"
                        + " continued as executions (instance/execution/status) %s%n",
                halfway.getJsonNumber("imported").longValue(), RECORDS, before, executions);
    }

    private JsonObject status(long run) throws Exception {
        HttpResponse<String> r = server.get("admin", "api/imports/" + run);
        assertEquals(200, r.statusCode(), r.body());
        return StandaloneServer.json(r.body());
    }

    /** One JSONL record per line, as an office's archive export writes them. */
    private static String lines(int n) {
        String[] units = {"海淀街道", "学院路街道", "区城管委", "中关村街道", "区委宣传部"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String unit = units[i % units.length];
            out.append("{\"title\":\"")
                    .append(unit)
                    .append("作业库测试第")
                    .append(i)
                    .append("号信息\",\"body\":\"")
                    .append(2020 + i % 4)
                    .append("年")
                    .append(1 + i % 12)
                    .append("月")
                    .append(1 + i % 28)
                    .append("日，")
                    .append(unit)
                    .append("召开专题会议第")
                    .append(i)
                    .append("次，研究部署背街小巷环境整治和垃圾分类工作，编号")
                    .append(i * 7919 % 100003)
                    .append("。\",\"unit\":\"")
                    .append(unit)
                    .append("\",\"column\":\"工作动态\",\"key\":\"jobrepo-")
                    .append(i)
                    .append("\"}\n");
        }
        return out.toString();
    }
}
