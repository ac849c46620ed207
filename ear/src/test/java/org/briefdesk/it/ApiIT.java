package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API as a client sees it: HTTP Basic, the same visibility as the pages, problem details. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    private HttpResponse<String> get(String login, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (login != null) {
            b.header("Authorization", DeskApi.basicAuth(login));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String login, String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", DeskApi.basicAuth(login))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A fresh deployment rebuilds the search index first (about a minute on a busy machine); the
     * readiness endpoint says when it is done.
     */
    private void awaitIndexReady() throws Exception {
        Await.value(
                "the search index to become ready",
                Await.INDEX,
                () -> get(null, "health/ready"),
                r -> r.statusCode() == 200);
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        JsonObject p = object(r.body());
        assertEquals(status, p.getInt("status"));
        assertFalse(p.getString("detail").isBlank());
    }

    @Test
    void everyEndpointRefusesAnonymousCallersWithAProblem() throws Exception {
        for (String path :
                new String[] {"api/me", "api/units", "api/items/1", "api/items/1/similar", "api/search?q=x"}) {
            HttpResponse<String> r = get(null, path);
            assertProblem(r, 401);
            String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.contains("Bearer") && challenge.contains("Basic"), path + ": " + challenge);
        }
        assertProblem(get("nobody", "api/me"), 401);
    }

    @Test
    void anOfficerReportsAnItemAndReadsItBack() throws Exception {
        HttpResponse<String> created = post("haidian", "api/items", """
                {"title":"海淀街道开展冬季燃气安全入户检查","bodyHtml":"11月27日，海淀街道联合燃气公司对辖区15个老旧小区开展入户安全检查。\\n共排查隐患23处，已当场整改19处。",
                 "mustReport":"PROGRESS_PROBLEMS","urgent":false,"submit":true}""");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject item = object(created.body());
        assertEquals("SUBMITTED", item.getString("status"));
        assertEquals("海淀街道", item.getString("unit"));
        long id = item.getJsonNumber("id").longValue();

        HttpResponse<String> read = get("editor", "api/items/" + id);
        assertEquals(200, read.statusCode());
        assertTrue(object(read.body()).getString("bodyHtml").contains("<p>共排查隐患23处，已当场整改19处。</p>"));
        assertEquals(200, get("haidian", "api/items/" + id + "/similar").statusCode());
    }

    @Test
    void anEditorRecordsAUnitsPhoneReportWhichOfficersCannot() throws Exception {
        long unitId = Json.createReader(
                        new StringReader(get("editor", "api/units").body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(u -> u.getString("shortName").equals("学院路街道"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String report = """
                {"unitId":%d,"channel":"PHONE","title":"学院路街道电话报送：暴雨后积水点已全部排除",
                 "bodyHtml":"截至今日18时，辖区5处积水点已全部排除。","urgent":true}""".formatted(unitId);

        HttpResponse<String> created = post("editor", "api/items/taken", report);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject item = object(created.body());
        assertEquals("学院路街道", item.getString("unit"));
        assertEquals("SUBMITTED", item.getString("status"));
        assertEquals("PHONE", item.getString("channel"));
        assertEquals("电话", item.getString("channelLabel"));
        assertProblem(post("xueyuanlu", "api/items/taken", report), 403);
        HttpResponse<String> badChannel = post("editor", "api/items/taken", report.replace("PHONE", "FAX"));
        assertProblem(badChannel, 400);
        assertTrue(object(badChannel.body()).getString("detail").startsWith("报送渠道只能是"), badChannel.body());
    }

    @Test
    void anOfficerGets403ForAnotherUnitsItemAndItsSimilarItems() throws Exception {
        HttpResponse<String> created = post("xueyuanlu", "api/items", """
                {"title":"学院路街道召开文明城区创建推进会","bodyHtml":"11月26日，学院路街道召开创建工作推进会。","submit":true}""");
        long id = object(created.body()).getJsonNumber("id").longValue();
        assertProblem(get("haidian", "api/items/" + id), 403);
        assertProblem(get("haidian", "api/items/" + id + "/similar"), 403);
        assertProblem(get("haidian", "api/items/abc"), 404);
        assertProblem(get("editor", "api/items/987654321"), 404);
    }

    @Test
    void badItemsAreRefusedWithTheFieldAndNothingIsSaved() throws Exception {
        HttpResponse<String> r = post("haidian", "api/items", """
                {"title":"<script>alert(1)</script>","bodyHtml":"正文","submit":true}""");
        assertProblem(r, 400);
        assertEquals("title", object(r.body()).getString("field"));
        assertProblem(post("haidian", "api/items", "{not json"), 400);
        assertProblem(post("haidian", "api/items", """
                {"title":"标题","bodyHtml":"正文","mustReport":"WHATEVER"}"""), 400);
        assertProblem(post("editor", "api/items", """
                {"title":"编辑不能报送","bodyHtml":"正文"}"""), 403);
    }

    @Test
    void searchKeepsEachRolesLimitsAndExplainsBadSyntax() throws Exception {
        awaitIndexReady();
        HttpResponse<String> editor =
                get("editor", "api/search?limit=50&q=" + URLEncoder.encode("街道", StandardCharsets.UTF_8));
        assertEquals(200, editor.statusCode(), editor.body());
        JsonArray hits = object(editor.body()).getJsonArray("hits");
        assertTrue(hits.stream()
                        .map(h -> h.asJsonObject().getString("unit"))
                        .distinct()
                        .count()
                > 1);

        HttpResponse<String> officer = get("haidian", "api/search?limit=50&q=");
        assertTrue(
                object(officer.body()).getJsonArray("hits").stream()
                        .allMatch(h -> h.asJsonObject().getString("unit").equals("海淀街道")),
                officer.body());

        HttpResponse<String> bad = get("editor", "api/search?q=" + URLEncoder.encode("标题:(创城", StandardCharsets.UTF_8));
        assertProblem(bad, 400);
        assertTrue(object(bad.body()).getString("detail").startsWith("检索式有误"));
        assertProblem(get("editor", "api/search?limit=1000"), 400);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/items/{id}/similar") && r.body().contains("/api/search"), r.body());
    }

    @Test
    void issuesAreCreatedByEditorsOnlyAndBadRequestsGetProblems() throws Exception {
        assertProblem(post("haidian", "api/issues", "{\"kind\":\"REGULAR\",\"issueDate\":\"2026-11-27\"}"), 403);
        HttpResponse<String> badKind = post("editor", "api/issues", "{\"kind\":\"周刊\",\"issueDate\":\"2026-11-27\"}");
        assertProblem(badKind, 400);
        assertTrue(object(badKind.body()).getString("detail").contains("REGULAR"), badKind.body());
        assertProblem(post("editor", "api/issues", "{\"kind\":\"SPECIAL\",\"issueDate\":\"27/11/2026\"}"), 400);

        HttpResponse<String> created =
                post("editor", "api/issues", "{\"kind\":\"SUPPLEMENT\",\"issueDate\":\"2026-11-27\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject issue = object(created.body());
        long id = issue.getJsonNumber("id").longValue();
        assertEquals("SUPPLEMENT", issue.getString("kind"));
        assertEquals("DRAFT", issue.getString("status"));

        assertProblem(get("leader", "api/issues/" + id), 404);
        HttpResponse<String> empty = post(
                "editor",
                "api/issues/" + id + "/publish",
                "{\"version\":" + issue.getJsonNumber("version").longValue() + "}");
        assertProblem(empty, 400);
        assertTrue(object(empty.body()).getString("detail").contains("还没有编入任何信息"), empty.body());
        assertProblem(post("editor", "api/issues/" + id + "/entries", "{\"itemIds\":[1]}"), 400);
        assertEquals(200, get("editor", "api/issues/" + id).statusCode());
    }
}
