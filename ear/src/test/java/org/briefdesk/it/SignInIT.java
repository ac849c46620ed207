package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in as a browser and as a program: the session id at login, sessions only for people,
 * explicit credentials over cookies, throttled guessing, cross-site writes, headers and API errors.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsWorthNothing() throws Exception {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(uri("login.xhtml")).GET(), null);
        String before = session(page);
        HttpResponse<String> signedIn = formLogin(before, page, "haidian", DemoData.PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String after = session(signedIn);
        assertNotEquals(before, after);
        assertTrue(
                signedIn.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax")),
                signedIn.headers().allValues("Set-Cookie").toString());
        assertEquals(
                200, send(HttpRequest.newBuilder(uri("api/me")).GET(), after).statusCode());
        assertEquals(
                401,
                send(HttpRequest.newBuilder(uri("api/me")).GET(), before).statusCode(),
                "the id obtained before signing in is not signed in");
    }

    @Test
    void programsGetNoSessionAndTheirExplicitCredentialsWinOverACookie() throws Exception {
        HttpResponse<String> basic = send(
                HttpRequest.newBuilder(uri("api/me"))
                        .header("Authorization", DeskApi.basicAuth("editor"))
                        .GET(),
                null);
        assertEquals(200, basic.statusCode());
        assertTrue(basic.headers().allValues("Set-Cookie").isEmpty(), "HTTP Basic never opens a session");

        String officerSession = signIn("haidian");
        HttpResponse<String> both = send(
                HttpRequest.newBuilder(uri("api/me"))
                        .header("Authorization", DeskApi.basicAuth("editor2"))
                        .GET(),
                officerSession);
        assertEquals("editor2", json(both.body()).getString("login"), "the Authorization header wins");
        HttpResponse<String> wrong = send(
                HttpRequest.newBuilder(uri("api/me"))
                        .header("Authorization", DeskApi.basicAuth("haidian", "wrong-password-x"))
                        .GET(),
                officerSession);
        assertEquals(401, wrong.statusCode(), "wrong explicit credentials are not covered by the cookie");
    }

    @Test
    void guessingPasswordsLocksTheLoginWithAChineseMessageByTheFormAndByBasic() throws Exception {
        String ghost = "guess" + System.nanoTime() % 1_000_000;
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = send(
                    HttpRequest.newBuilder(uri("api/me"))
                            .header("Authorization", DeskApi.basicAuth(ghost, "guess-" + i))
                            .GET(),
                    null);
            assertEquals(401, last.statusCode());
        }
        assertTrue(json(last.body()).getString("detail").startsWith("登录失败次数过多，已暂时锁定"), last.body());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElse("0")) > 0);

        HttpResponse<String> page =
                send(HttpRequest.newBuilder(uri("login.xhtml")).GET(), null);
        HttpResponse<String> form = formLogin(session(page), page, ghost, "guess-7");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("登录失败次数过多，已暂时锁定"), "the form says so too");
    }

    @Test
    void aCookieAloneCannotWriteFromAnotherSiteButTokensAndBasicCan() throws Exception {
        String session = signIn("haidian");
        String item = "{\"title\":\"海淀街道跨站写入测试\",\"bodyHtml\":\"正文。\",\"submit\":false}";
        HttpResponse<String> foreign = send(post("api/items", item).header("Origin", "https://evil.example"), session);
        assertProblem(foreign, 403);
        HttpResponse<String> crossSite = send(post("api/items", item).header("Sec-Fetch-Site", "cross-site"), session);
        assertProblem(crossSite, 403);
        assertEquals(
                201,
                send(
                                post("api/items", item)
                                        .header("Origin", base.getProtocol() + "://" + base.getAuthority()),
                                session)
                        .statusCode(),
                "the desk's own pages may write");
        assertEquals(
                201,
                send(
                                post("api/items", item)
                                        .header("Origin", "https://evil.example")
                                        .header("Authorization", DeskApi.basicAuth("haidian")),
                                null)
                        .statusCode(),
                "a program sending its credentials is not affected");
    }

    @Test
    void everyApiErrorIsAProblemDocumentAndPagesCarryTheSecurityHeaders() throws Exception {
        assertProblem(
                send(
                        HttpRequest.newBuilder(uri("api/items"))
                                .header("Authorization", DeskApi.basicAuth("haidian"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")),
                        null),
                415);
        assertProblem(
                send(
                        post("api/items", "{\"title\":\"" + "长".repeat(400_000) + "\"}")
                                .header("Authorization", DeskApi.basicAuth("haidian")),
                        null),
                413);
        assertProblem(
                send(post("api/items", "{\"title\":").header("Authorization", DeskApi.basicAuth("haidian")), null),
                400);
        assertProblem(
                send(
                        HttpRequest.newBuilder(uri("api/no-such-thing"))
                                .header("Authorization", DeskApi.basicAuth("haidian"))
                                .GET(),
                        null),
                404);
        assertProblem(
                send(
                        HttpRequest.newBuilder(uri("api/me"))
                                .header("Authorization", DeskApi.basicAuth("haidian"))
                                .DELETE(),
                        null),
                405);

        HttpResponse<String> login =
                send(HttpRequest.newBuilder(uri("login.xhtml")).GET(), null);
        List<String> csp = login.headers().allValues("Content-Security-Policy");
        assertTrue(csp.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), csp.toString());
        assertTrue(csp.stream().anyMatch(p -> p.contains("frame-ancestors 'self'")), csp.toString());
        assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(login.body().contains("<script>"), "no inline script without a nonce");
    }

    /**
     * 12 MB to the API and to a page upload, sent by curl as operators and scripts send them: the API
     * answers a 413 problem in Chinese, the page the Chinese 413 page, never the container's empty 400.
     */
    @Test
    void bodiesBeyondTheServersLimitGetAChineseAnswerNotAnEmpty400() throws Exception {
        Path body = Files.createTempFile("briefdesk-12mb", ".bin");
        try {
            byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
            java.util.Arrays.fill(twelveMegabytes, (byte) 'a');
            Files.write(body, twelveMegabytes);
            for (String path : List.of("api/items", "api/imports")) {
                String[] answer = curl(
                        "-u",
                        (path.endsWith("imports") ? "admin" : "haidian") + ":" + DemoData.PASSWORD,
                        "-H",
                        "Content-Type: application/json",
                        "--data-binary",
                        "@" + body,
                        base + path);
                assertEquals("413", answer[0], answer[2]);
                assertTrue(answer[1].startsWith("application/problem+json"), answer[1]);
                assertTrue(json(answer[2]).getString("detail").startsWith("请求体不能超过"), answer[2]);
            }
            String[] page = curl(
                    "-H",
                    "Cookie: JSESSIONID=" + signIn("haidian"),
                    "-F",
                    "file=@" + body + ";filename=现场照片.jpg;type=image/jpeg",
                    base + "officer/item-edit.xhtml");
            assertEquals("413", page[0], page[2]);
            assertTrue(page[1].startsWith("text/html"), page[1]);
            assertTrue(page[2].contains("请求体超过服务器允许的大小"), page[2]);
        } finally {
            Files.delete(body);
        }
    }

    /** Runs curl; returns the status, the Content-Type and the body of the answer. */
    private static String[] curl(String... args) throws Exception {
        Path out = Files.createTempFile("briefdesk-curl", ".txt");
        try {
            List<String> command = new java.util.ArrayList<>(List.of(
                    "curl", "-sS", "-o", out.toString(), "-w", "%{http_code}\\t%{content_type}", "--max-time", "60"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String written = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), written);
            String[] statusAndType = written.split("\t", 2);
            return new String[] {
                statusAndType[0], statusAndType.length > 1 ? statusAndType[1] : "", Files.readString(out)
            };
        } finally {
            Files.delete(out);
        }
    }

    // ---- helpers

    private String signIn(String login) throws Exception {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(uri("login.xhtml")).GET(), null);
        HttpResponse<String> r = formLogin(session(page), page, login, DemoData.PASSWORD);
        assertEquals(302, r.statusCode());
        return session(r);
    }

    /** Posts the login form as a browser does, with the page's view state and PrimeFaces' CSP nonce. */
    private HttpResponse<String> formLogin(String session, HttpResponse<String> page, String login, String password)
            throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        Matcher nonce = NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
        assertTrue(nonce.find(), "PrimeFaces sends a nonce with the page");
        form.put("primefaces.nonce", nonce.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                session);
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String session) throws Exception {
        return send(http, b, session);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder b, String session) throws Exception {
        if (session != null) {
            b.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(
                b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String session(HttpResponse<String> r) {
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + r.headers());
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "the login page has a view state");
        return m.group(1);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertEquals(status, json(r.body()).getInt("status"));
    }
}
