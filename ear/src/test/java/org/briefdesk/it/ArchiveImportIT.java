package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.importing.ImportRunView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Archive import (档案导入) as an administrator and a script use it: a job stopped halfway and
 * continued imports every record exactly once, the same records imported again import nothing, bad
 * records are reported and skipped with their reason, duplicates are found among the imported items
 * and against stored ones, and the imported items are found by the search.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveImportIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    ArchiveImportService imports;

    @Inject
    AccountService accounts;

    @Inject
    ServletContext servletContext;

    @Inject
    org.briefdesk.application.briefing.BriefingService briefings;

    @Inject
    org.briefdesk.application.scoring.AdoptionService adoptions;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ArchiveImportIT.class, DeskApi.class);
    }

    @Test
    void anImportStoppedHalfwayAndContinuedImportsEveryRecordExactlyOnce() throws Exception {
        Actor admin = accounts.actor("admin").orElseThrow();
        int n = 2_400;
        ImportRunView run = imports.upload(admin, "停止续导测试.jsonl", stream(lines("续导", n)), 50_000_000, null);
        waitFor(admin, run.id(), v -> v.done() >= 200 || !v.running());
        ImportRunView stopped = imports.stop(admin, run.id());
        ImportRunView halfway = waitFor(admin, run.id(), v -> !v.running());
        assertEquals("STOPPED", halfway.status(), "stopped after a chunk: " + halfway + " / " + stopped);
        assertTrue(halfway.imported() < n, "stopped before the end: " + halfway);
        assertEquals(halfway.imported(), importedItemsOf(run.id()), "the position commits with the items");

        imports.restart(admin, run.id());
        ImportRunView done =
                waitFor(admin, run.id(), v -> !v.running() && !v.status().equals("STARTING"));
        assertEquals("COMPLETED", done.status(), String.valueOf(done.failure()));
        assertEquals(n, done.total());
        assertEquals(n, done.imported());
        assertEquals(0, done.skipped());
        assertEquals(n, importedItemsOf(run.id()));
        assertEquals(n, countOf("select count(*) from import_key where run_id = " + run.id()));
        assertEquals(
                n,
                countOf("select count(*) from item i join import_key k on k.item_id = i.id where k.run_id = " + run.id()
                        + " and i.status = 'ARCHIVED'"));
    }

    @Test
    void theSameRecordsPostedAgainImportNothingAndSayWhy() throws Exception {
        String body = String.join("\n", lines("再导", 30));
        JsonObject first = awaitCompleted(post(body));
        assertEquals(30, first.getInt("imported"));
        JsonObject second = awaitCompleted(post(body));
        assertEquals(30, second.getInt("total"));
        assertEquals(0, second.getInt("imported"));
        assertEquals(30, second.getInt("skipped"));
        JsonArray report = array(get(second.getString("report")).body());
        assertEquals(30, report.size());
        assertTrue(report.getJsonObject(0).getString("reason").startsWith("已导入过"), report.toString());
    }

    @Test
    void badRecordsAreReportedAndSkippedAndTheRestImported() throws Exception {
        String good = "{\"title\":\"学院路街道开展垃圾分类入户宣传\",\"body\":\"2023年6月2日，学院路街道组织志愿者入户宣传垃圾分类知识，"
                + "覆盖居民1200户。\",\"unit\":\"学院路街道\",\"column\":\"工作动态\",\"key\":\"bad-good-1\"}";
        String body = String.join(
                "\n",
                good,
                "{\"title\":\"无单位的信息\",\"body\":\"正文。\",\"unit\":\"海淀区不存在街道\",\"date\":\"2023-06-02\"}",
                "这一行不是JSON",
                "{\"title\":\"缺少日期的信息\",\"body\":\"正文中没有日期。\",\"unit\":\"海淀街道\"}",
                "{\"title\":123,\"body\":\"标题是数字\",\"unit\":\"海淀街道\",\"date\":\"2023-06-02\"}",
                "{\"title\":\"日期无法识别\",\"body\":\"正文。\",\"unit\":\"海淀街道\",\"date\":\"去年夏天\"}",
                "",
                "{\"title\":\"\",\"body\":\"没有标题。\",\"unit\":\"海淀街道\",\"date\":\"2023-06-02\"}");
        byte[] gbk = ("\n{\"title\":\"GBK编码的一行\",\"body\":\"正文。\",\"unit\":\"海淀街道\",\"date\":\"2023-06-02\"}")
                .getBytes(Charset.forName("GBK"));
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        JsonObject done = awaitCompleted(post(all));
        assertEquals(8, done.getInt("total"));
        assertEquals(1, done.getInt("imported"));
        assertEquals(7, done.getInt("skipped"));
        assertEquals("海淀区不存在街道", done.getJsonArray("unmatchedUnits").getString(0));
        String report = get(done.getString("report")).body();
        for (String reason : new String[] {"单位不匹配", "不是有效的JSON", "缺少日期", "“title”应为文字", "无法识别", "缺少标题", "不是UTF-8"}) {
            assertTrue(report.contains(reason), reason + " in " + report);
        }
    }

    @Test
    void duplicatesAmongImportedAndStoredItemsAreFoundAndImportedItemsAreSearchable() throws Exception {
        String text = "2022年9月15日，紫竹院街道在辖区12个社区启动老旧小区加装电梯意见征集，街道工作人员逐户走访，"
                + "共收集居民意见860余条，其中支持加装的占92%，街道将会同区住建委制定加装方案，年底前完成首批8部电梯的招标。";
        String body = String.join(
                "\n",
                "{\"title\":\"紫竹院街道启动老旧小区加装电梯意见征集\",\"body\":\"" + text + "\",\"unit\":\"紫竹院街道\",\"key\":\"dup-1\"}",
                "{\"title\":\"紫竹院街道开展加装电梯意见征集\",\"body\":\"" + text + "\",\"unit\":\"紫竹院街道\",\"key\":\"dup-2\"}");
        JsonObject done = awaitCompleted(post(body));
        assertEquals(2, done.getInt("imported"));
        assertEquals(2, done.getInt("duplicates"), done.toString());
        HttpResponse<String> found =
                get("api/search?q=" + java.net.URLEncoder.encode("加装电梯意见征集", StandardCharsets.UTF_8));
        assertTrue(found.body().contains("紫竹院街道启动老旧小区加装电梯意见征集"), found.body());
    }

    @Test
    void aZipOfDocumentsIsImportedByFolderWithBadFilesReportedAndSkipped() throws Exception {
        Actor admin = accounts.actor("admin").orElseThrow();
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            entry(
                    zip,
                    "学院路街道/2023-05-06 垃圾分类.txt",
                    ("学院路街道推进垃圾分类桶前值守\n学院路街道在辖区28个小区设置桶前值守点位，" + "志愿者每日早晚值守，居民分类准确率提升到85%。")
                            .getBytes(StandardCharsets.UTF_8));
            entry(
                    zip,
                    "海淀街道/消防检查.txt",
                    ("海淀街道开展冬季消防安全检查\n2022年11月3日，海淀街道组织安全检查组，" + "检查沿街商铺46家，发现隐患9处，已全部督促整改。")
                            .getBytes(Charset.forName("GBK")));
            entry(zip, "海淀街道/空文件.txt", new byte[0]);
            entry(zip, "海淀街道/损坏的文件.docx", "PK\u0003\u0004这不是Word文档".getBytes(StandardCharsets.UTF_8));
            entry(zip, "无此单位/说明.txt", "无此单位的工作说明\n2022年1月5日，召开会议。".getBytes(StandardCharsets.UTF_8));
            entry(zip, "海淀街道/照片.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        }
        ImportRunView run =
                imports.upload(admin, "往年档案.zip", new ByteArrayInputStream(zipped.toByteArray()), 50_000_000, null);
        ImportRunView done =
                waitFor(admin, run.id(), v -> !v.running() && !v.status().equals("STARTING"));
        assertEquals("COMPLETED", done.status(), String.valueOf(done.failure()));
        assertEquals(6, done.total());
        assertEquals(2, done.imported(), imports.report(admin, run.id(), 0, 10).toString());
        assertEquals(4, done.skipped());
        assertEquals(java.util.List.of("无此单位"), done.unmatchedUnits());
        String report = imports.report(admin, run.id(), 0, 10).toString();
        for (String reason : new String[] {"文件是空的", "文件已损坏", "与任何单位", "不支持的文件类型"}) {
            assertTrue(report.contains(reason), reason + " in " + report);
        }
        assertEquals(
                "2022-11-03",
                em.createNativeQuery("select cast(i.event_date as varchar) from item i join import_record r"
                                + " on r.item_id = i.id where r.run_id = " + run.id()
                                + " and i.title = '海淀街道开展冬季消防安全检查'")
                        .getSingleResult()
                        .toString());
        assertEquals(
                1L,
                countOf(
                        "select count(*) from item where title = '学院路街道推进垃圾分类桶前值守' and event_date = date '2023-05-06'"));
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] content) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void pastIssuesKeepTheirNumbersSoNewIssuesContinueAfterThemAndTheirItemsCountAsAdopted() throws Exception {
        String items = String.join(
                "\n",
                "{\"title\":\"海淀街道推行“街巷长制”\",\"body\":\"海淀街道为每条街巷明确街巷长，每日巡查。\",\"unit\":\"海淀街道\","
                        + "\"date\":\"2024-11-18\",\"column\":\"典型案例\",\"key\":\"past-1\"}",
                "{\"title\":\"学院路街道开展文明引导志愿服务\",\"body\":\"学院路街道组织志愿者在路口开展文明引导。\",\"unit\":\"学院路街道\","
                        + "\"date\":\"2024-11-19\",\"key\":\"past-2\"}",
                "{\"title\":\"区城管委部署冬季环境整治\",\"body\":\"区城管委部署冬季环境整治专项行动。\",\"unit\":\"区城管委\","
                        + "\"date\":\"2024-11-28\",\"key\":\"past-3\"}");
        assertEquals(3, awaitCompleted(post(items)).getInt("imported"));
        Actor editor = accounts.actor("editor").orElseThrow();
        var title = briefings.titles(editor).get(0);
        String issues = String.join(
                "\n",
                "{\"title\":\"" + title.name()
                        + "\",\"kind\":\"普刊\",\"number\":40,\"total\":900,\"date\":\"2024-11-20\","
                        + "\"entries\":[\"past-1\",{\"key\":\"past-2\",\"column\":\"工作动态\"}]}",
                "{\"title\":\"" + title.name()
                        + "\",\"kind\":\"普刊\",\"number\":41,\"total\":901,\"date\":\"2024-11-29\","
                        + "\"entries\":[\"past-3\"]}",
                "{\"title\":\"" + title.name()
                        + "\",\"kind\":\"普刊\",\"number\":42,\"total\":902,\"date\":\"2024-12-02\","
                        + "\"entries\":[\"从未导入的编号\"]}");
        JsonObject report = object(
                send("admin", "api/imports/issues", "application/x-ndjson", issues.getBytes(StandardCharsets.UTF_8))
                        .body());
        assertEquals(2, report.getInt("imported"), report.toString());
        assertTrue(
                report.getJsonArray("lines")
                        .getJsonObject(2)
                        .getString("reason")
                        .contains("尚未导入"),
                report.toString());
        JsonObject again = object(
                send("admin", "api/imports/issues", "application/x-ndjson", issues.getBytes(StandardCharsets.UTF_8))
                        .body());
        assertEquals(0, again.getInt("imported"), again.toString());
        assertTrue(
                again.getJsonArray("lines").getJsonObject(0).getString("reason").startsWith("已存在"), again.toString());

        var next = briefings.create(
                editor,
                title.id(),
                org.briefdesk.domain.model.briefing.IssueKind.REGULAR,
                java.time.LocalDate.of(2024, 12, 6));
        assertEquals(42, next.number());
        assertTrue(
                next.totalNumber() >= 902, "the running total continues after the past issues: " + next.totalNumber());
        long itemId = countOf("select k.item_id from import_key k where k.import_key = 'key:past-1'");
        var adopted = adoptions.forItem(editor, itemId);
        assertEquals(1, adopted.size(), adopted.toString());
        assertEquals(java.time.LocalDate.of(2024, 11, 20), adopted.get(0).adoptedOn());
        assertEquals(1L, countOf("select count(*) from item where id = " + itemId + " and status = 'PUBLISHED'"));
    }

    @Test
    void theApiAnswersProblemsInChineseForBadRequests() throws Exception {
        HttpResponse<String> noPath = send("admin", "api/imports", "application/json", "{}".getBytes());
        assertEquals(400, noPath.statusCode(), noPath.body());
        assertTrue(noPath.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> outside =
                send("admin", "api/imports", "application/json", "{\"path\":\"../../../etc/passwd\"}".getBytes());
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("导入目录"), outside.body());
        HttpResponse<String> editor = send("editor", "api/imports", "application/x-ndjson", "{}".getBytes());
        assertEquals(403, editor.statusCode(), editor.body());
        HttpResponse<String> missing = get("api/imports/987654");
        assertEquals(404, missing.statusCode(), missing.body());
        HttpResponse<String> openapi = get("openapi");
        assertTrue(openapi.body().contains("档案导入：开始导入"), openapi.body());
    }

    // ---- helpers

    private static String[] lines(String tag, int n) {
        String[] units = {"海淀街道", "学院路街道", "区城管委", "中关村街道", "区委宣传部"};
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = "{\"title\":\"" + units[i % units.length] + tag + "第" + i + "号信息\",\"body\":\"" + (2020 + i % 4)
                    + "年" + (1 + i % 12) + "月" + (1 + i % 28) + "日，" + units[i % units.length] + "召开" + tag + "专题会议第"
                    + i
                    + "次，研究部署背街小巷环境整治、垃圾分类和接诉即办等工作，编号" + (i * 7919 % 100003) + "。\",\"unit\":\""
                    + units[i % units.length] + "\",\"column\":\"工作动态\",\"key\":\"" + tag + "-" + i + "\"}";
        }
        return out;
    }

    private static ByteArrayInputStream stream(String[] lines) {
        return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private ImportRunView waitFor(Actor admin, long id, java.util.function.Predicate<ImportRunView> done)
            throws Exception {
        return Await.value(
                "import run " + id + " to reach the state",
                Duration.ofMinutes(4),
                () -> imports.status(admin, id),
                done);
    }

    private long importedItemsOf(long runId) {
        return countOf("select count(*) from import_record where outcome = 'IMPORTED' and run_id = " + runId);
    }

    private long countOf(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private HttpResponse<String> post(Object body) throws Exception {
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send("admin", "api/imports", "application/x-ndjson", bytes);
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Location").orElse("").contains("/api/imports/"),
                r.headers().toString());
        return r;
    }

    private JsonObject awaitCompleted(HttpResponse<String> accepted) throws Exception {
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonObject status = Await.value(
                "the import at " + location + " to end",
                Duration.ofMinutes(4),
                () -> object(http.send(
                                HttpRequest.newBuilder(URI.create(location))
                                        .header("Authorization", DeskApi.basicAuth("admin"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .body()),
                s -> Set.of("COMPLETED", "FAILED").contains(s.getString("status")));
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        return status;
    }

    private HttpResponse<String> get(String path) throws Exception {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + p))
                        .header("Authorization", DeskApi.basicAuth("admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String login, String path, String type, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", DeskApi.basicAuth(login))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset) + servletContext.getContextPath() + "/";
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
