package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A table of hostile and unusual inputs through the REST API's item submission and the search, as
 * an officer's system or a curious user would send them: each one is either refused with a 400/413/415
 * problem whose detail is Chinese, or stored exactly as sent; the server keeps answering, and an item
 * stored before is unchanged afterwards. (Word/PDF import is covered by DocumentImporterTest and the
 * intake browser test; the officer form applies the same domain rule as the API.)
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final String BODY = "11月20日，街道组织志愿者开展冬季消防安全检查。";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    /** One row: what is sent, and what must come back (a refusal naming {@code field}, or storage). */
    private record Row(String name, Request request, int status, String field) {
        static Row refused(String name, Request r, String field) {
            return new Row(name, r, 400, field);
        }

        static Row stored(String name, Request r) {
            return new Row(name, r, 201, null);
        }
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(HostileInputIT t) throws IOException, InterruptedException;
    }

    private static Request item(String jsonTitle, String jsonBody) {
        return item("{\"title\":" + jsonTitle + ",\"bodyHtml\":" + jsonBody + "}");
    }

    private static Request item(String json) {
        return t -> t.post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Request search(String query) {
        return t -> t.get("editor", "api/search?" + query);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String str(String s) {
        return Json.createValue(s).toString();
    }

    /** A JSON string literal written by hand, so lone surrogates reach the server as \\uXXXX escapes. */
    private static String raw(String escaped) {
        return "\"" + escaped + "\"";
    }

    private static List<Row> table() {
        String ok = str("街道开展冬季消防安全检查");
        String body = str(BODY);
        return List.of(
                Row.refused("NUL in a title", item(raw("消防\\u0000检查"), body), "title"),
                Row.refused("ANSI escape in a title", item(raw("\\u001b[31m消防检查"), body), "title"),
                Row.refused("tab in a title", item(raw("消防\\t检查"), body), "title"),
                Row.refused("line break in a title", item(raw("消防\\n检查"), body), "title"),
                Row.refused("lone high surrogate in a title", item(raw("冰雪\\ud83c节"), body), "title"),
                Row.refused("lone low surrogate in a title", item(raw("冰雪\\udfc2节"), body), "title"),
                Row.refused("replacement character in a title", item(raw("冰雪\\ufffd节"), body), "title"),
                Row.refused("zero-width spaces only", item(raw("\\u200b\\u200b\\u200b"), body), "title"),
                Row.refused("ideographic space and joiners only", item(raw("\\u3000\\u200d\\ufeff"), body), "title"),
                Row.refused("Hangul filler only", item(raw("\\u3164\\u3164"), body), "title"),
                Row.refused("right-to-left override in a title", item(raw("关于\\u202efdp.exe的通知"), body), "title"),
                Row.refused("left-to-right embedding in a title", item(raw("\\u202a通知"), body), "title"),
                Row.refused("right-to-left isolate in a title", item(raw("通知\\u2067abc\\u2069"), body), "title"),
                Row.refused("script tag as a title", item(str("<script>alert(1)</script>"), body), "title"),
                Row.refused("blank title", item(str("   "), body), "title"),
                Row.refused("title of 101 characters", item(str("长".repeat(101)), body), "title"),
                Row.refused("NUL in the body", item(ok, raw("正文\\u0000内容")), "body"),
                Row.refused("BEL in the body", item(ok, raw("正文\\u0007内容")), "body"),
                Row.refused("lone surrogate in the body", item(ok, raw("正文\\ud800内容")), "body"),
                Row.refused("zero-width body", item(ok, raw("\\u200b\\n\\u200b")), "body"),
                Row.refused("body over 50,000 characters", item(ok, str("字".repeat(50_001))), "body"),
                Row.refused(
                        "\"urgent\":\"yes\"",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"urgent\":\"yes\"}"),
                        "urgent"),
                Row.refused(
                        "\"urgent\":1",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"urgent\":1}"),
                        "urgent"),
                Row.refused("\"title\":123", item("123", body), "title"),
                Row.refused("\"title\" as an array", item("[\"标题\"]", body), "title"),
                Row.refused("\"title\" as an object", item("{\"a\":1}", body), "title"),
                Row.refused(
                        "\"submit\":\"true\"",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"submit\":\"true\"}"),
                        "submit"),
                Row.refused(
                        "\"solicitationId\":\"5\"",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"solicitationId\":\"5\"}"),
                        "solicitationId"),
                Row.refused(
                        "\"solicitationId\":1.5",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"solicitationId\":1.5}"),
                        "solicitationId"),
                Row.refused(
                        "\"solicitationId\" beyond long",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body
                                + ",\"solicitationId\":99999999999999999999999}"),
                        "solicitationId"),
                Row.refused(
                        "\"eventDate\":\"2026-13-45\"",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"eventDate\":\"2026-13-45\"}"),
                        "eventDate"),
                Row.refused(
                        "\"mustReport\":\"WHATEVER\"",
                        item("{\"title\":" + ok + ",\"bodyHtml\":" + body + ",\"mustReport\":\"WHATEVER\"}"),
                        "mustReport"),
                Row.refused("not JSON", item("{不是JSON"), null),
                Row.refused("empty body", item(""), null),
                Row.refused("invalid UTF-8 in the body", t -> t.post("application/json", invalidUtf8()), null),
                new Row("10 MB body", t -> t.post("application/json", tenMegabytes()), 413, null),
                new Row("text/plain body", t -> t.post("text/plain", "标题".getBytes(StandardCharsets.UTF_8)), 415, null),
                Row.refused("offset=2147483647", search("offset=2147483647"), "offset"),
                Row.refused("offset=-1", search("offset=-1"), "offset"),
                Row.refused("offset=abc", search("offset=abc"), "offset"),
                Row.refused("offset=99999999999", search("offset=99999999999"), "offset"),
                Row.refused("limit=2147483647", search("limit=2147483647"), "limit"),
                Row.refused("limit=0", search("limit=0"), "limit"),
                Row.refused("urgent=yes in the search", search("urgent=yes"), "urgent"),
                Row.refused("5,000 nested parentheses", search(q("(".repeat(5_000) + "街道" + ")".repeat(5_000))), null),
                Row.refused("unbalanced field query", search(q("标题:(创城")), null),
                new Row(
                        "1,000 OR'ed words",
                        search(q(IntStream.range(0, 1_000)
                                .mapToObj(i -> "街道" + i)
                                .collect(Collectors.joining(" OR ")))),
                        -1,
                        null),
                new Row("control characters in the search box", search(q("垃圾\u0000分类\u0007")), -1, null),
                Row.stored("emoji in a title", item(str("海淀街道😀冰雪节开幕🎉"), body)),
                Row.stored("mixed scripts in a title", item(str("Winter Festival 冬季冰雪节 مهرجان Фестиваль"), body)),
                Row.stored("CJK Extension B characters", item(str("𠀀𪚥𩸽街道开展活动"), body)),
                Row.stored("left-to-right mark (not an override)", item(str("通知\u200eABC"), body)),
                Row.stored("title of exactly 100 characters", item(str("长".repeat(100)), body)),
                Row.stored("full-width punctuation and spaces", item(str("关于“冬季　消防”检查的通报（第1期）"), body)));
    }

    @Test
    void everyHostileInputGetsAChineseProblemOrIsStoredExactlyAndNothingElseChanges() throws Exception {
        HttpResponse<String> reference = post(
                "application/json",
                ("{\"title\":" + str("参照信息：街道冬季消防检查") + ",\"bodyHtml\":" + str(BODY) + "}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reference.statusCode(), reference.body());
        long referenceId = object(reference.body()).getJsonNumber("id").longValue();
        String before = get("haidian", "api/items/" + referenceId).body();

        List<Row> rows = table();
        assertTrue(rows.size() >= 40, "at least 40 inputs: " + rows.size());
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            HttpResponse<String> r = row.request().send(this);
            String why = check(row, r);
            if (why != null) {
                problems.add(row.name() + ": " + why);
            }
            if (get("haidian", "api/me").statusCode() != 200) {
                problems.add(row.name() + ": the server stopped answering");
            }
        }
        assertEquals(before, get("haidian", "api/items/" + referenceId).body(), "an item stored before is unchanged");
        assertEquals(List.of(), problems, rows.size() + " hostile inputs");
        System.out.printf("hostile inputs: %d rows, every one refused in Chinese or stored exactly%n", rows.size());
    }

    /** Null when the answer is right for the row, else what is wrong. */
    private String check(Row row, HttpResponse<String> r) throws Exception {
        if (r.statusCode() >= 500) {
            return "HTTP " + r.statusCode() + " " + r.body();
        }
        if (row.status() == 201) {
            if (r.statusCode() != 201) {
                return "expected to be stored, got HTTP " + r.statusCode() + " " + r.body();
            }
            JsonObject sent = object(r.body());
            JsonObject stored = object(
                    get("haidian", "api/items/" + sent.getJsonNumber("id").longValue())
                            .body());
            String title = titleSent(row);
            return stored.getString("title").equals(title)
                            && stored.getString("bodyText").equals(BODY)
                    ? null
                    : "stored as " + stored.getString("title") + " instead of " + title;
        }
        if (row.status() == -1 && r.statusCode() == 200) {
            return null; // a search that may simply find nothing, as long as it answers
        }
        if (row.status() > 0 && r.statusCode() != row.status()) {
            return "expected HTTP " + row.status() + ", got " + r.statusCode() + " " + r.body();
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not a problem document: "
                    + r.headers().firstValue("Content-Type").orElse("none");
        }
        JsonObject p = object(r.body());
        if (!CHINESE.matcher(p.getString("detail", "")).find()) {
            return "the detail is not Chinese: " + r.body();
        }
        if (row.field() != null && !row.field().equals(p.getString("field", null))) {
            return "expected the field " + row.field() + ": " + r.body();
        }
        return null;
    }

    /** The title a "stored" row sent, read back from its own request body. */
    private static String titleSent(Row row) {
        return STORED_TITLES.get(row.name());
    }

    private static final java.util.Map<String, String> STORED_TITLES = java.util.Map.of(
            "emoji in a title", "海淀街道😀冰雪节开幕🎉",
            "mixed scripts in a title", "Winter Festival 冬季冰雪节 مهرجان Фестиваль",
            "CJK Extension B characters", "𠀀𪚥𩸽街道开展活动",
            "left-to-right mark (not an override)", "通知\u200eABC",
            "title of exactly 100 characters", "长".repeat(100),
            "full-width punctuation and spaces", "关于“冬季　消防”检查的通报（第1期）");

    private static byte[] invalidUtf8() {
        byte[] head = "{\"title\":\"消防".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "检查\",\"bodyHtml\":\"正文\"}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a lead byte without its continuation
        all[head.length + 1] = (byte) 0x28;
        all[head.length + 2] = (byte) 0xFF; // never valid in UTF-8
        System.arraycopy(tail, 0, all, head.length + 3, tail.length);
        return all;
    }

    private static byte[] tenMegabytes() {
        return ("{\"title\":\"大正文\",\"bodyHtml\":\"" + "字".repeat(10 * 1024 * 1024 / 3) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "api/items"))
                        .header("Authorization", basic("haidian"))
                        .header("Content-Type", contentType)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String login, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", basic(login))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String login) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((login + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
