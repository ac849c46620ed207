package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dictionary changed while Briefdesk runs (issue 13): a park's name that HanLP cuts wrongly
 * (温榆河公园 → 温榆/河/公园) is added through the API; new items and queries take it at once, items
 * reported before take it after the re-analysis job, and bad input gets a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class LexiconIT {

    private static final String PARK = "温榆河公园";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @Test
    void aTermAddedThroughTheApiSegmentsNewItemsAndQueriesAtOnceAndTheArchiveAfterTheJob() throws Exception {
        awaitIndexReady();
        removeTermIfPresent(PARK);
        List<String> before = words(segmentation(PARK), "before");
        assertFalse(before.contains(PARK), "the segmenter should cut the park's name today: " + before);

        long old = submit("海淀街道组织居民参观温榆河公园生态建设", "12月2日，海淀街道组织60名居民代表前往温榆河公园，参观湿地修复和生态建设成果。");
        awaitHit("湿地修复", id -> id == old);

        HttpResponse<String> added =
                send("admin", "POST", "api/lexicon/terms", "{\"word\":\"" + PARK + "\",\"pos\":\"ns\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("ns", object(added.body()).getString("pos"));

        assertEquals(List.of(PARK), words(segmentation(PARK), "before"), "a query is segmented with the new term");
        assertFalse(hits(PARK).contains(old), "an item reported before keeps its old words until the job");

        long fresh = submit("学院路街道志愿者走进温榆河公园", "12月3日，学院路街道30名志愿者在温榆河公园开展垃圾捡拾和文明劝导。");
        awaitHit(PARK, id -> id == fresh);

        HttpResponse<String> started = send("admin", "POST", "api/lexicon/reanalysis", null);
        assertEquals(202, started.statusCode(), started.body());
        JsonObject progress = awaitReanalysis();
        assertEquals("DONE", progress.getString("phase"), progress.toString());
        assertTrue(progress.getJsonNumber("done").longValue() >= 2, progress.toString());
        assertTrue(hits(PARK).containsAll(List.of(old, fresh)), "after the job the old item is found by the new term");
    }

    @Test
    void badTermsAndGroupsGetAProblemAndWritesAreForAdministrators() throws Exception {
        assertProblem(send("admin", "POST", "api/lexicon/terms", "{\"word\":\"\",\"pos\":\"ns\"}"), 400, "不能为空");
        assertProblem(
                send("admin", "POST", "api/lexicon/terms", "{\"word\":\"" + "海".repeat(21) + "\",\"pos\":\"ns\"}"),
                400,
                "不能超过20个字");
        assertProblem(send("admin", "POST", "api/lexicon/terms", "{\"word\":\"温榆\\u0007河\",\"pos\":\"ns\"}"), 400, "");
        assertProblem(send("admin", "POST", "api/lexicon/terms", "{\"word\":\"翠湖湿地\",\"pos\":\"xx\"}"), 400, "词性");
        assertProblem(send("admin", "POST", "api/lexicon/synonyms", "{\"words\":[\"三山五园\"]}"), 400, "至少要有两个");
        assertProblem(send("admin", "POST", "api/lexicon/synonyms", "{\"words\":[\"三山五园\",\"三山五园\"]}"), 400, "至少要有两个");
        assertProblem(send("editor", "POST", "api/lexicon/terms", "{\"word\":\"翠湖湿地\",\"pos\":\"ns\"}"), 403, "");
        assertProblem(send("admin", "DELETE", "api/lexicon/terms/abc", null), 404, "");

        HttpResponse<String> terms = send("haidian", "GET", "api/lexicon/terms", null);
        assertEquals(200, terms.statusCode());
        assertTrue(terms.body().contains("接诉即办"), terms.body());
        HttpResponse<String> groups = send("leader", "GET", "api/lexicon/synonyms", null);
        assertEquals(200, groups.statusCode());
        assertTrue(groups.body().contains("创建文明城区"), groups.body());

        String openapi = send(null, "GET", "openapi", null).body();
        assertTrue(
                openapi.contains("/api/lexicon/terms")
                        && openapi.contains("/api/lexicon/synonyms")
                        && openapi.contains("本地词条列表"),
                "the API document describes the dictionary");
    }

    // ---- helpers

    private JsonObject segmentation(String text) throws Exception {
        HttpResponse<String> r = send(
                "editor",
                "GET",
                "api/lexicon/segmentation?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                null);
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body());
    }

    private static List<String> words(JsonObject preview, String side) {
        return preview.getJsonArray(side).stream()
                .map(w -> w.asJsonObject().getString("text"))
                .toList();
    }

    private void removeTermIfPresent(String word) throws Exception {
        for (var t : array(send("admin", "GET", "api/lexicon/terms", null).body())) {
            if (t.asJsonObject().getString("word").equals(word)) {
                send("admin", "DELETE", "api/lexicon/terms/" + t.asJsonObject().getJsonNumber("id"), null);
            }
        }
    }

    private long submit(String title, String body) throws Exception {
        HttpResponse<String> r = send(
                "haidian",
                "POST",
                "api/items",
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("bodyHtml", body)
                        .add("submit", true)
                        .build()
                        .toString());
        assertEquals(201, r.statusCode(), r.body());
        return object(r.body()).getJsonNumber("id").longValue();
    }

    private List<Long> hits(String q) throws Exception {
        HttpResponse<String> r =
                send("editor", "GET", "api/search?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        return object(r.body()).getJsonArray("hits").stream()
                .map(h -> Long.parseLong(h.asJsonObject().get("id").toString().replace("\"", "")))
                .toList();
    }

    /** The index applies a submitted item right after its commit; wait for it, not for a time. */
    private void awaitHit(String q, Predicate<Long> which) throws Exception {
        Await.value(
                "a hit for " + q,
                Duration.ofMinutes(1),
                () -> hits(q),
                h -> h.stream().anyMatch(which));
    }

    private JsonObject awaitReanalysis() throws Exception {
        return Await.value(
                "the re-analysis to finish",
                Duration.ofMinutes(5),
                () -> object(
                        send("editor", "GET", "api/lexicon/reanalysis", null).body()),
                p -> !p.getString("phase").equals("RUNNING"));
    }

    private void awaitIndexReady() throws Exception {
        Await.value(
                "the search index to become ready",
                Await.INDEX,
                () -> send(null, "GET", "health/ready", null),
                r -> r.statusCode() == 200);
    }

    private HttpResponse<String> send(String login, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (login != null) {
            b.header("Authorization", DeskApi.basicAuth(login));
        }
        if (json != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(String body) {
        return (JsonObject) structure(body);
    }

    private static JsonArray array(String body) {
        return (JsonArray) structure(body);
    }

    private static JsonStructure structure(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        String detail = object(r.body()).getString("detail");
        assertTrue(detail.contains(detailPart), detail);
    }
}
