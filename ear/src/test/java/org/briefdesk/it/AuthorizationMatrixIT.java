package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.transaction.UserTransaction;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.search.IndexAdminService;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.upward.UpwardService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.model.upward.UpwardChannel;
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
 * and the table lacks fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final String[][] TABLE = AuthorizationTable.TABLE;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(AuthorizationMatrixIT.class, AuthorizationTable.class);
    }

    @Inject
    ServletContext servletContext;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    ArchiveImportService imports;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    AttachmentService attachments;

    @Inject
    SimilarLinkRepository links;

    @Inject
    SimilarItemsService similar;

    @Inject
    BriefingService briefings;

    @Inject
    UpwardService upward;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UnitService unitService;

    @Inject
    IndexAdminService indexAdmin;

    @Inject
    InboxQuery inbox;

    @Inject
    UserTransaction tx;

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

    @Test
    void aLeaderSeesNeitherTitleNorEvidenceOfAnUnacceptedSimilarItem() throws Exception {
        Fixture f = fixture();
        linkSimilar(f);
        var forLeader = similar.similarTo(accounts.actor("leader").orElseThrow(), f.acceptedB);
        var forEditor = similar.similarTo(accounts.actor("editor").orElseThrow(), f.acceptedB);
        var leaderView = forLeader.stream()
                .filter(s -> s.itemId() == f.submittedA)
                .findFirst()
                .orElseThrow();
        assertNull(leaderView.title());
        assertNull(leaderView.evidence());
        assertEquals(false, leaderView.visible());
        var editorView = forEditor.stream()
                .filter(s -> s.itemId() == f.submittedA)
                .findFirst()
                .orElseThrow();
        assertEquals("海淀街道开展冬季消防安全检查", editorView.title());
        var draftForEditor = forEditor.stream()
                .filter(s -> s.itemId() == f.draftA)
                .findFirst()
                .orElseThrow();
        assertNull(draftForEditor.title(), "an editor does not read a unit's draft through similar items");
    }

    @Test
    void anEditorsInboxNeverListsAUnitsDraftWhateverStatusIsAsked() throws Exception {
        Fixture f = fixture();
        Actor editor = accounts.actor("editor").orElseThrow();
        InboxFilter drafts =
                new InboxFilter(Set.of(ItemStatus.DRAFT), null, null, null, false, null, null, null, null, true);
        assertEquals(0, inbox.count(editor, drafts));
        InboxFilter any = new InboxFilter(Set.of(), null, null, null, false, null, null, "议事厅", null, true);
        assertTrue(
                inbox.page(editor, any, 0, 100).stream().noneMatch(r -> r.item().getId() == f.draftA()),
                "the draft's title is not in the inbox");
        assertTrue(inbox.page(editor, any.sorted(null, true), 0, 100).stream()
                .allMatch(r -> r.item().getStatus().reachedOffice()));
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

    // ---- the objects asked for

    /** The items, files and issues of the object-level cases, made once per deployment. */
    record Fixture(
            long draftA,
            long submittedA,
            long acceptedB,
            long attachmentOfDraftA,
            long attachmentOfB,
            long publishedIssue,
            long draftIssue,
            long officerAccountA,
            long tokenOfA,
            long importRun,
            long unitIssue,
            Map<Who, String> bearer,
            Map<Who, String> login) {}

    private static Fixture fixture;
    private static long upwardSend;

    private synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        Actor admin = accounts.actor("admin").orElseThrow();
        Actor editor = accounts.actor("editor").orElseThrow();
        Actor officerA = accounts.actor("haidian").orElseThrow();
        Actor officerB = accounts.actor("xueyuanlu").orElseThrow();
        String otherLeader = "matrix" + System.nanoTime() % 1_000_000;
        long otherLeaderId = accounts.create(
                        admin, new AccountForm(otherLeader, "赵副区长", "Zhao#Leader2026", Role.LEADER, null))
                .getId();

        Item draftA = officerItems.createDraft(officerA, content("海淀街道社区议事厅建设情况（草稿）"), null);
        long attachmentOfDraftA = attachments
                .attach(officerA, draftA.getId(), "议事厅说明.txt", "海淀街道社区议事厅建设说明".getBytes(StandardCharsets.UTF_8))
                .id();
        Item submittedA = officerItems.createDraft(officerA, content("海淀街道开展冬季消防安全检查"), null);
        submittedA = officerItems.submit(officerA, submittedA.getId(), submittedA.getVersion());
        Item b = officerItems.createDraft(officerB, content("学院路街道开展冬季消防安全宣传"), null);
        long attachmentOfB = attachments
                .attach(officerB, b.getId(), "宣传安排.txt", "学院路街道消防安全宣传安排".getBytes(StandardCharsets.UTF_8))
                .id();
        b = officerItems.submit(officerB, b.getId(), b.getVersion());
        b = editorial.accept(editor, b.getId(), b.getVersion());
        b = editorial.tag(
                editor,
                b.getId(),
                b.getVersion(),
                List.of(columns.findByName("工作动态").orElseThrow().getId()));

        BriefingTitle title = briefings.saveTitle(
                admin,
                null,
                "矩阵测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        IssueView published = briefings.create(editor, title.getId(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 1));
        published = assembly.add(editor, published.id(), published.version(), List.of(b.getId()));
        long leaderId = accounts.actor("leader").orElseThrow().accountId();
        published = briefings.describe(
                editor,
                published.id(),
                published.version(),
                new IssueHeader(published.issueDate(), null, published.distribution(), null, false, List.of(leaderId)));
        published = publication.publish(editor, published.id(), published.version());
        IssueView draftIssue = briefings.create(editor, title.getId(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 2));
        // An issue sent (送) to the member units, of which unit A is one and unit B is not.
        unitService.setMember(admin, officerA.unitId(), true);
        Item forUnits = officerItems.createDraft(officerB, content("学院路街道开展冬季防火宣传"), null);
        forUnits = officerItems.submit(officerB, forUnits.getId(), forUnits.getVersion());
        forUnits = editorial.accept(editor, forUnits.getId(), forUnits.getVersion());
        IssueView unitIssue = briefings.create(editor, title.getId(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 3));
        unitIssue = assembly.add(editor, unitIssue.id(), unitIssue.version(), List.of(forUnits.getId()));
        unitIssue = briefings.describe(
                editor,
                unitIssue.id(),
                unitIssue.version(),
                new IssueHeader(
                        unitIssue.issueDate(), null, unitIssue.distribution(), null, false, List.of(), true, false));
        unitIssue = publication.publish(editor, unitIssue.id(), unitIssue.version());

        Map<Who, String> login = new EnumMap<>(Who.class);
        login.put(Who.OFFICER_A, "haidian");
        login.put(Who.OFFICER_B, "xueyuanlu");
        login.put(Who.EDITOR, "editor");
        login.put(Who.LEADER_RECIPIENT, "leader");
        login.put(Who.LEADER_OTHER, otherLeader);
        login.put(Who.ADMIN, "admin");
        Map<Who, String> bearer = new EnumMap<>(Who.class);
        for (Map.Entry<Who, String> e : login.entrySet()) {
            Actor actor = accounts.actor(e.getValue()).orElseThrow();
            bearer.put(
                    e.getKey(),
                    tokens.create(admin, actor.accountId(), "权限矩阵测试").value());
        }
        long tokenOfA =
                tokens.create(admin, officerA.accountId(), "待吊销的令牌").token().id();
        login.put(Who.LEADER_OTHER, otherLeader + ":Zhao#Leader2026");
        fixture = new Fixture(
                draftA.getId(),
                submittedA.getId(),
                b.getId(),
                attachmentOfDraftA,
                attachmentOfB,
                published.id(),
                draftIssue.id(),
                officerA.accountId(),
                tokenOfA,
                imports.upload(
                                admin,
                                "权限矩阵.jsonl",
                                new java.io.ByteArrayInputStream(
                                        "{\"title\":\"权限矩阵\"}".getBytes(StandardCharsets.UTF_8)),
                                1_000_000,
                                null)
                        .id(),
                unitIssue.id(),
                bearer,
                login);
        assertTrue(otherLeaderId > 0);
        // An upward send of unit B's accepted item (对口上报), for the cases that ask for one.
        upwardSend = upward.send(
                        editor,
                        new UpwardService.UpwardForm(
                                "首都文明办", null, UpwardChannel.DOWNLOAD, List.of(fixture.acceptedB()), null))
                .id();
        return fixture;
    }

    /**
     * Links the accepted item to the unit's submitted item and draft as duplicate detection would.
     * Detection replaces an item's links after each change it indexes, so this waits until the index
     * has applied every change, stores the links, and stores them again should detection have
     * replaced them meanwhile.
     */
    private void linkSimilar(Fixture f) throws Exception {
        Actor admin = accounts.actor("admin").orElseThrow();
        Await.until("the similar links to stay stored", Duration.ofSeconds(30), () -> {
            IndexAdminService.Status status = indexAdmin.status(admin);
            if (status.appliedSequence() < status.databaseSequence()) {
                return false;
            }
            tx.begin();
            links.replaceFrom(
                    f.acceptedB(),
                    List.of(
                            new SimilarLink(
                                    f.acceptedB(), f.submittedA(), MatchClass.SAME_EVENT, 0.8, "冬季消防安全", Instant.now()),
                            new SimilarLink(
                                    f.acceptedB(), f.draftA(), MatchClass.RELATED, 0.5, "社区议事厅", Instant.now())));
            tx.commit();
            return links.of(f.acceptedB()).size() == 2;
        });
    }

    private static ItemContent content(String title) {
        return new ItemContent(
                title,
                "<p>12月1日，" + title + "，共检查点位32处，发现问题5处，已当场整改。</p>",
                LocalDate.of(2026, 12, 1),
                null,
                false,
                null);
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
            case "PUT /api/scheduling/clock" -> "{}";
            case "POST /api/upward", "POST /api/upward/{id}/adoptions" -> "{}";
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
