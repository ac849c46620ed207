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

/**
 * The office's settings over the API (/api/units, /api/columns): every signed-in role reads them,
 * only administrators change them, and a bad request is a Chinese problem document.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsApiIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @Test
    void everyRoleReadsTheUnitTreeWithQuotasAndWorkCommittees() throws Exception {
        for (String login : new String[] {"haidian", "editor", "leader", "admin"}) {
            HttpResponse<String> r = send("GET", login, "api/units", null);
            assertEquals(200, r.statusCode(), login + ": " + r.body());
        }
        JsonArray units = array(send("GET", "leader", "api/units", null).body());
        JsonObject bureau = byShortName(units, "区城管委");
        assertEquals("区委城市管理工委", bureau.getString("parentName"));
        assertTrue(bureau.getBoolean("keyUnit"));
        assertEquals(2, bureau.getInt("weeklyQuota"));
        JsonObject sports = byShortName(units, "区体育局");
        assertEquals(0, sports.getInt("weeklyQuota"));
        JsonObject one = object(
                send("GET", "haidian", "api/units/" + bureau.getInt("id"), null).body());
        assertEquals("北京市海淀区城市管理委员会", one.getString("name"));
        assertProblem(send("GET", "haidian", "api/units/987654321", null), 404);
    }

    @Test
    void anAdministratorAddsAUnitUnderAWorkCommitteeAndChangesItsQuotaFromNextWeek() throws Exception {
        JsonObject committee =
                byShortName(array(send("GET", "admin", "api/units", null).body()), "区委农村工委");
        String name = "海淀区测试镇" + System.nanoTime() % 100_000;
        HttpResponse<String> created = send("POST", "admin", "api/units", """
                {"name":"%s","kind":"STREET_TOWN","keyUnit":true,"parentId":%d,"leader":"刘强（副镇长）"}""".formatted(name, committee.getInt("id")));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject unit = object(created.body());
        assertEquals("区委农村工委", unit.getString("parentName"));
        assertEquals(2, unit.getInt("weeklyQuota"), "a new key unit owes the plan's two items");
        assertEquals("刘强（副镇长）", unit.getString("leader"));

        HttpResponse<String> changed =
                send("PUT", "admin", "api/units/" + unit.getInt("id"), "{\"weeklyQuota\":4,\"parentId\":0}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = object(changed.body());
        assertEquals(2, after.getInt("weeklyQuota"), "this week keeps its quota");
        assertEquals(4, after.getInt("weeklyQuotaFromNextWeek"));
        assertFalse(after.containsKey("parentId") && !after.isNull("parentId"), "directly under the office now");
        assertEquals("刘强（副镇长）", after.getString("leader"), "fields left out keep their value");
    }

    @Test
    void onlyAdministratorsChangeUnitsAndBadInputGetsAChineseProblem() throws Exception {
        assertProblem(send("POST", "editor", "api/units", "{\"name\":\"编辑新增的单位\",\"kind\":\"DEPARTMENT\"}"), 403);
        assertProblem(send("PUT", "haidian", "api/units/1", "{\"leader\":\"某人\"}"), 403);
        assertProblem(send("POST", "admin", "api/units", "{\"name\":\"某单位\",\"kind\":\"委办局\"}"), 400);
        JsonArray units = array(send("GET", "admin", "api/units", null).body());
        int street = byShortName(units, "学院路街道").getInt("id");
        int department = byShortName(units, "区教委").getInt("id");
        HttpResponse<String> wrongParent =
                send("PUT", "admin", "api/units/" + street, "{\"parentId\":" + department + "}");
        assertProblem(wrongParent, 400);
        assertTrue(object(wrongParent.body()).getString("detail").contains("上级单位须为工委"), wrongParent.body());
        HttpResponse<String> quotaOfOrdinary =
                send("PUT", "admin", "api/units/" + byShortName(units, "区体育局").getInt("id"), "{\"weeklyQuota\":3}");
        assertProblem(quotaOfOrdinary, 400);
        assertTrue(object(quotaOfOrdinary.body()).getString("detail").contains("只有信息重点网络单位"));
        assertProblem(send("PUT", "admin", "api/units/" + street, "{\"weeklyQuota\":\"三\"}"), 400);
    }

    @Test
    void anAdministratorAddsRenamesMovesRetiresAndRestoresAColumnWhileEveryRoleReadsTheList() throws Exception {
        JsonArray before = array(send("GET", "haidian", "api/columns", null).body());
        assertEquals("工作动态", before.getJsonObject(0).getString("name"));
        String name = "专项行动" + System.nanoTime() % 10_000;
        HttpResponse<String> added = send("POST", "admin", "api/columns", "{\"name\":\"" + name + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject column = object(added.body());
        int id = column.getInt("id");
        assertEquals(before.size() + 1, column.getInt("position"), "a new column comes last");

        JsonObject moved =
                object(send("PUT", "admin", "api/columns/" + id, "{\"position\":1,\"name\":\"" + name + "（冬季）\"}")
                        .body());
        assertEquals(1, moved.getInt("position"));
        assertEquals(name + "（冬季）", moved.getString("name"));
        assertEquals(
                id,
                array(send("GET", "leader", "api/columns", null).body())
                        .getJsonObject(0)
                        .getInt("id"));

        JsonObject retired = object(
                send("PUT", "admin", "api/columns/" + id, "{\"active\":false}").body());
        assertFalse(retired.getBoolean("active"));
        assertTrue(
                array(send("GET", "editor", "api/columns", null).body()).stream()
                        .noneMatch(c -> c.asJsonObject().getInt("id") == id),
                "a retired column is offered no more");
        assertTrue(
                array(send("GET", "editor", "api/columns?all=true", null).body()).stream()
                        .anyMatch(c -> c.asJsonObject().getInt("id") == id),
                "but it is still there");
        assertTrue(object(send("PUT", "admin", "api/columns/" + id, "{\"active\":true}")
                        .body())
                .getBoolean("active"));
        send("PUT", "admin", "api/columns/" + id, "{\"position\":" + (before.size() + 1) + "}");
    }

    @Test
    void columnChangesAreForAdministratorsAndBadOnesAreExplained() throws Exception {
        assertProblem(send("POST", "editor", "api/columns", "{\"name\":\"编辑的栏目\"}"), 403);
        HttpResponse<String> duplicate = send("POST", "admin", "api/columns", "{\"name\":\"工作动态\"}");
        assertProblem(duplicate, 400);
        assertTrue(object(duplicate.body()).getString("detail").contains("栏目“工作动态”已存在"), duplicate.body());
        int first = array(send("GET", "admin", "api/columns", null).body())
                .getJsonObject(0)
                .getInt("id");
        assertProblem(send("PUT", "admin", "api/columns/" + first, "{\"position\":99}"), 400);
        assertProblem(send("PUT", "admin", "api/columns/" + first, "{\"name\":\"  \"}"), 400);
        assertProblem(send("GET", "admin", "api/columns/987654", null), 404);
    }

    @Test
    void theOpenApiDocumentDescribesTheSettingsEndpoints() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        JsonObject paths = object(r.body()).getJsonObject("paths");
        assertTrue(paths.getJsonObject("/api/columns")
                .getJsonObject("get")
                .getString("description")
                .contains("停用的栏目不再出现在任何选择列表中"));
        assertTrue(paths.getJsonObject("/api/units/{id}")
                .getJsonObject("put")
                .getString("description")
                .contains("自下周一起生效"));
        assertTrue(paths.containsKey("/api/columns/{id}") && paths.containsKey("/api/units"));
    }

    // ---- asking

    HttpResponse<String> send(String method, String login, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", DeskApi.basicAuth(login));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject byShortName(JsonArray units, String shortName) {
        return units.stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("shortName").equals(shortName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + shortName));
    }

    static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertFalse(object(r.body()).getString("detail").isBlank());
    }
}
