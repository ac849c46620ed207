package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * What a browser test prepares through the REST API instead of clicking through pages it is not
 * about: a unit's report taken by an editor (代录), and the test-only clock of the server under test.
 */
final class DeskApi {

    private final URL base;
    private final HttpClient http = HttpClient.newHttpClient();

    DeskApi(URL base) {
        this.base = base;
    }

    /** A report of the unit of {@code unitLogin}'s officer, taken by phone by the editor: it waits in the inbox. */
    long takenReport(String unitLogin, String title, String bodyHtml) throws IOException, InterruptedException {
        long unitId =
                json(send(get("api/me", unitLogin))).getJsonNumber("unitId").longValue();
        JsonObject item = Json.createObjectBuilder()
                .add("unitId", unitId)
                .add("channel", "PHONE")
                .add("title", title)
                .add("bodyHtml", bodyHtml)
                .build();
        HttpResponse<String> r = http.send(
                request("api/items/taken", "editor")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(item.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(json(r.body()).get("id").toString().replace("\"", ""));
    }

    /** Moves the server's clock (started with briefdesk.test.clock=true) to {@code offsetDateTime}. */
    void moveClock(String offsetDateTime) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                request("api/scheduling/clock", "admin")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                Json.createObjectBuilder()
                                        .add("now", offsetDateTime)
                                        .build()
                                        .toString(),
                                StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The server's clock reads real time again. */
    void resetClock() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                request("api/scheduling/clock", "admin").DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
    }

    private HttpRequest get(String path, String login) {
        return request(path, login).GET().build();
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpRequest.Builder request(String path, String login) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basicAuth(login));
    }

    /** The HTTP Basic header of a demo account (every demo account has {@link DemoData#PASSWORD}). */
    static String basicAuth(String login) {
        return basicAuth(login, DemoData.PASSWORD);
    }

    /** The HTTP Basic header of any login and password: for tests of wrong or guessed passwords. */
    static String basicAuth(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
