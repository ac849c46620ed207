package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefdesk.infrastructure.demo.DemoData;
import org.briefdesk.it.AuthorizationTable.Who;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may reach what, generated from the deployed application: every page (every .xhtml of every
 * folder), every REST resource method (reflection over @Path and the HTTP method annotations) and
 * every servlet (@WebServlet) is asked by every role, including the object-level cases of the one
 * visibility rule (a unit's draft, a submitted item, an accepted item, their similar items and
 * attachments, a published issue and its files for a leader who is or is not a recipient). The
 * expected outcomes are the one table in {@link AuthorizationTable}; an endpoint the application has
 * and the table lacks fails the test. The object-level cases that are not a request are in
 * {@link ObjectLevelAccessIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT extends AccessFixture {

    private static final String[][] TABLE = AuthorizationTable.TABLE;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(AuthorizationMatrixIT.class, AccessFixture.class, AuthorizationTable.class);
    }

    @Inject
    ServletContext servletContext;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theTableNamesEveryPageRestMethodAndServletOfTheApplication() throws Exception {
        Set<String> inTable = new TreeSet<>();
        for (String[] row : TABLE) {
            inTable.add(row[0]);
        }
        Set<String> found = endpoints();
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(inTable);
        assertTrue(missing.isEmpty(), "endpoints without an entry in the authorization table: " + missing);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(found);
        assertTrue(stale.isEmpty(), "table entries the application no longer has: " + stale);
    }

    @Test
    void everyRoleGetsWhatTheTableSaysOnEveryPathIncludingObjectLevelCases() throws Exception {
        Fixture f = fixture();
        List<String> wrong = new ArrayList<>();
        for (String[] row : TABLE) {
            for (Who who : Who.values()) {
                char expected = row[2].charAt(who.ordinal());
                HttpResponse<String> r = send(f, who, row[0], row[1]);
                char actual = outcome(r);
                if (actual != expected) {
                    wrong.add(row[0] + " [" + row[1] + "] as " + who + ": expected " + expected + ", got "
                            + r.statusCode() + " "
                            + r.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the table:\n" + String.join("\n", wrong));
    }

    // ---- what the application has

    private Set<String> endpoints() throws Exception {
        Set<String> out = new TreeSet<>();
        pages("/", out);
        for (Class<?> type : classes("/WEB-INF/classes/org/briefdesk/interfaces/")) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                    out.add("servlet " + pattern);
                }
            }
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    String path = "/api" + root.value() + (sub == null ? "" : sub.value());
                    out.add(verb + " "
                            + path.replaceAll("\\{(\\w+):[^}]*}", "{$1}").replaceAll("/$", ""));
                }
            }
        }
        return out;
    }

    private void pages(String folder, Set<String> out) {
        for (String p : servletContext.getResourcePaths(folder)) {
            if (p.startsWith("/WEB-INF/") || p.startsWith("/META-INF/") || p.startsWith("/resources/")) {
                continue;
            }
            if (p.endsWith("/")) {
                pages(p, out);
            } else if (p.endsWith(".xhtml")) {
                out.add("page " + p);
            }
        }
    }

    private List<Class<?>> classes(String folder) throws ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (String p : servletContext.getResourcePaths(folder)) {
            if (p.endsWith("/")) {
                out.addAll(classes(p));
            } else if (p.endsWith(".class") && !p.contains("$")) {
                String name = p.substring("/WEB-INF/classes/".length(), p.length() - ".class".length())
                        .replace('/', '.');
                out.add(Class.forName(name, false, getClass().getClassLoader()));
            }
        }
        return out;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a :
                List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    // ---- asking

    private HttpResponse<String> send(Fixture f, Who who, String endpoint, String theCase) throws Exception {
        String[] verbAndPath = endpoint.split(" ", 2);
        String verb = verbAndPath[0];
        String path = verbAndPath[1];
        // Settings cases ask for unit A (the unit of officer A) and the column 工作动态.
        String object = switch (theCase) {
            case "unit A" ->
                String.valueOf(accounts.actor("haidian").orElseThrow().unitId());
            case "column 工作动态" ->
                String.valueOf(columns.findByName("工作动态").orElseThrow().getId());
            default -> object(f, theCase, path);
        };
        String url = switch (verb) {
            case "page" -> path + query(f, theCase, path);
            case "servlet" ->
                switch (path) {
                    case "/attachments/*" -> "/attachments/" + object;
                    case "/issues/*" -> "/issues/" + object + ".pdf";
                    default -> path;
                };
            default ->
                path.replace("{id}", object).replace("{format}", "pdf")
                        + (path.endsWith("/tokens") && theCase.contains("tokens of officer A") && verb.equals("GET")
                                ? "?accountId=" + f.officerAccountA()
                                : "");
        };
        if (!verb.equals("page") && !verb.equals("servlet")) {
            verb = verbAndPath[0];
        } else {
            verb = "GET";
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + url)).timeout(Duration.ofSeconds(60));
        if (who != Who.ANONYMOUS) {
            b.header(
                    "Authorization",
                    theCase.startsWith("password")
                            ? basic(f, who)
                            : "Bearer " + f.bearer().get(who));
        }
        String body = body(f, endpoint, theCase);
        if (body != null) {
            b.header("Content-Type", "application/json").method(verb, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(verb, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String object(Fixture f, String theCase, String path) {
        if (path.startsWith("/attachments")) {
            return String.valueOf(theCase.startsWith("draft") ? f.attachmentOfDraftA() : f.attachmentOfB());
        }
        if (theCase.contains("token of officer A")) {
            return String.valueOf(f.tokenOfA());
        }
        return switch (theCase) {
            // Rows of V65__lexicon.sql: 社情民意 (term 39) and 文明引导/文明劝导 (group 5); the PUT bodies are refused.
            case "seeded term" -> "39";
            case "seeded group" -> "5";
            case "draft of unit A" -> String.valueOf(f.draftA());
            case "submitted by unit A" -> String.valueOf(f.submittedA());
            case "accepted from unit B" -> String.valueOf(f.acceptedB());
            case "published issue" -> String.valueOf(f.publishedIssue());
            case "issue sent to unit A" -> String.valueOf(f.unitIssue());
            case "draft issue" -> String.valueOf(f.draftIssue());
            case "import run" -> String.valueOf(f.importRun());
            case "upward send" -> String.valueOf(upwardSend);
            case "adoption of B" -> String.valueOf(f.adoptionOfB());
            case "instruction on B" -> String.valueOf(f.instructionOnB());
            default -> "";
        };
    }

    private static String query(Fixture f, String theCase, String path) {
        if (theCase.equals("tokens of officer A")) {
            return "?account=" + f.officerAccountA();
        }
        String object = object(f, theCase, path);
        return object.isEmpty() ? "" : "?id=" + object;
    }

    private static String body(Fixture f, String endpoint, String theCase) {
        return switch (endpoint) {
            case "POST /api/items" -> "{\"title\":\"权限矩阵测试信息\",\"bodyHtml\":\"正文一段。\",\"submit\":false}";
            // No unit: an editor gets past every access check to a 400, and nothing is recorded.
            case "POST /api/items/taken" -> "{\"channel\":\"PHONE\",\"title\":\"权限矩阵代录\",\"bodyHtml\":\"正文。\"}";
            case "POST /api/issues" -> "{\"kind\":\"SUPPLEMENT\",\"issueDate\":\"2026-12-03\"}";
            case "POST /api/issues/{id}/entries" -> "{\"version\":987654,\"itemIds\":[]}";
            case "POST /api/issues/{id}/publish" -> "{\"version\":987654}";
            case "POST /api/lexicon/terms", "PUT /api/lexicon/terms/{id}" -> "{\"word\":\"\",\"pos\":\"ns\"}";
            case "POST /api/lexicon/synonyms", "PUT /api/lexicon/synonyms/{id}" -> "{\"words\":[\"孤词\"]}";
            case "POST /api/tokens" -> "{\"name\":\"权限矩阵\",\"accountId\":" + f.officerAccountA() + "}";
            // Settings: an empty change passes every check for an administrator and changes nothing.
            case "POST /api/units", "PUT /api/units/{id}", "POST /api/columns", "PUT /api/columns/{id}" -> "{}";
            case "POST /api/imports" -> "{\"path\":\"权限矩阵-无此文件.jsonl\"}";
            case "POST /api/imports/issues" -> "{\"title\":\"权限矩阵-无此简报\"}";
            case "PUT /api/scheduling/clock", "PUT /api/scheduling/calendar" -> "{}";
            case "POST /api/upward", "POST /api/upward/{id}/adoptions" -> "{}";
            // No reason: refused with a 400 after every access check, nothing withdrawn.
            case "POST /api/adoptions/{id}/withdrawal",
                    "POST /api/instructions/{id}/withdrawal",
                    "POST /api/adoptions/{id}/correction",
                    "POST /api/instructions/{id}/correction" -> "{\"reason\":\"\"}";
            default -> null;
        };
    }

    private static String basic(Fixture f, Who who) {
        String login = f.login().get(who);
        String credentials = login.contains(":") ? login : login + ":" + DemoData.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset) + servletContext.getContextPath();
    }

    private static char outcome(HttpResponse<String> r) {
        int s = r.statusCode();
        String location = r.headers().firstValue("Location").orElse("");
        if (s == 401 || (s / 100 == 3 && location.contains("/login.xhtml"))) {
            return 'A';
        }
        if (s == 403 || s == 404) {
            return 'N';
        }
        if (s / 100 == 2 || s / 100 == 3 || s == 400 || s == 409) {
            return 'Y';
        }
        return '?';
    }
}
