package org.briefdesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's (or program's) connection to Briefdesk with its own cookies: either HTTP Basic on
 * the API (the session the server then opens is reused, as any HTTP client keeps cookies) or the
 * form login of the pages. Every call reports its wall time.
 */
final class DeskClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"(\\w+)\"[^>]*action=\"([^\"]+)\"");

    /** A response and how long it took, in milliseconds. */
    record Response(int status, String body, URI uri, double millis) {}

    private final HttpClient http;
    private final URI base;
    private final String login;
    private final String password;
    private final boolean basic;
    /** A Bearer API token used instead of Basic once {@link #withToken} created one. */
    private String bearer;

    private DeskClient(URI base, String login, String password, boolean basic) {
        this(
                base,
                login,
                password,
                basic,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build());
    }

    private DeskClient(URI base, String login, String password, boolean basic, HttpClient http) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.login = login;
        this.password = password;
        this.basic = basic;
        this.http = http;
    }

    /** A program on the JSON API with HTTP Basic. */
    static DeskClient api(String base, String login, String password) {
        return new DeskClient(URI.create(base), login, password, true);
    }

    /**
     * A unit's system as the README recommends it: it creates an API token once with the account's
     * password and sends only the token afterwards (no password hash per request).
     */
    static DeskClient withToken(String base, String login, String password, String tokenName)
            throws IOException, InterruptedException {
        DeskClient c = new DeskClient(URI.create(base), login, password, true);
        Response created = c.postJson("api/tokens", "{\"name\":\"" + tokenName + "\"}");
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (created.status() != 201 || !value.find()) {
            throw new IllegalStateException("token for " + login + ": HTTP " + created.status() + " " + created.body());
        }
        c.bearer = value.group(1);
        return c;
    }

    /**
     * The same caller (token, Basic credentials, session cookies) talking to another server of the
     * cluster, as a load balancer would send it there. Cookies are per host, not per port, so a
     * session made on one node on this machine is presented to the other.
     */
    DeskClient at(String otherBase) {
        DeskClient c = new DeskClient(URI.create(otherBase), login, password, basic, http);
        c.bearer = bearer;
        return c;
    }

    /** A person on the pages, signed in through the login form. */
    static DeskClient browser(String base, String login, String password) throws IOException, InterruptedException {
        DeskClient c = new DeskClient(URI.create(base), login, password, false);
        c.formLogin();
        return c;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Response postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A Faces/PrimeFaces AJAX post, as the browser sends it when a button with update="@form" is pressed. */
    Response ajax(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(request(path)
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields), StandardCharsets.UTF_8)));
    }

    private static final Pattern PARTIAL_REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    /** The fields of the archive page's 检索 Ajax post, as the browser sends them. */
    static Map<String, String> searchForm(String page, String query) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jakarta.faces.partial.ajax", "true");
        f.put("jakarta.faces.source", "searchForm:go");
        f.put("jakarta.faces.partial.execute", "searchForm");
        f.put("jakarta.faces.partial.render", "searchForm");
        f.put("searchForm:go", "searchForm:go");
        f.put("searchForm", "searchForm");
        f.put("searchForm:q", query);
        f.put("searchForm:sort_input", "RELEVANCE");
        f.put("jakarta.faces.ViewState", DeskClient.viewState(page));
        f.put("primefaces.nonce", DeskClient.nonce(page));
        return f;
    }

    /**
     * An Ajax post as the browser completes it: the search page answers its 检索 post with a
     * redirect to its bookmarkable address, which the browser then opens. The answer is that page,
     * timed from the post to the page's last byte.
     */
    Response ajaxFollowingRedirect(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Response post = ajax(path, fields);
        Matcher redirect = PARTIAL_REDIRECT.matcher(post.body());
        if (post.status() != 200 || !redirect.find()) {
            return post;
        }
        Response page = get(redirect.group(1).replace("&amp;", "&").replaceFirst("^/", ""));
        return new Response(page.status(), page.body(), page.uri(), post.millis() + page.millis());
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no Faces view state in the page");
        }
        return m.group(1);
    }

    /**
     * The page's CSP nonce: PrimeFaces refuses an Ajax request without it (its own script sends it
     * as primefaces.nonce), since the pages run with a Content-Security-Policy.
     */
    static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSP nonce in the page");
        }
        return m.group(1);
    }

    private void formLogin() throws IOException, InterruptedException {
        Response page = get("login.xhtml");
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.status() != 200 || !action.find()) {
            throw new IllegalStateException("login page: HTTP " + page.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:next", "");
        fields.put("loginForm:login", login);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        Response r = send(HttpRequest.newBuilder(base.resolve(action.group(2)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields), StandardCharsets.UTF_8)));
        if (r.status() != 200 || r.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException(
                    "form login of " + login + " failed: HTTP " + r.status() + " at " + r.uri());
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        } else if (basic) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r.uri(), (System.nanoTime() - t0) / 1e6);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
