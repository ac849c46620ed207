package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.LoginService;
import org.briefdesk.application.access.SecurityLogService;
import org.briefdesk.application.access.SecurityLogService.SecurityEventView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How a password is checked on each request: HTTP Basic pairs verified a moment ago are not hashed
 * again but stop counting the moment the password changes or the account is disabled; an initial
 * password opens nothing but 修改密码; a burst of simultaneous sign-ins does not empty the
 * connection pool (30 connections); and administrators read all of it in the security log (安全日志).
 */
@ExtendWith(ArquillianExtension.class)
class CredentialCheckIT {

    private static final String INITIAL = "Qinghe#Xinxi2026";
    private static final String CHOSEN = "Shangdi#Xinxi2027";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(CredentialCheckIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginService logins;

    @Inject
    SecurityLogService securityLog;

    @Inject
    ServletContext servletContext;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    DataSource dataSource;

    @Test
    void aRememberedBasicPasswordStopsWorkingOnceItIsChangedOrTheAccountDisabled() throws Exception {
        String login = "basic" + run;
        long id = newEditor(login);
        Actor holder = accounts.actor(login).orElseThrow();
        accounts.changeOwnPassword(holder, INITIAL, CHOSEN);
        assertEquals(200, me(login, CHOSEN).statusCode());
        assertEquals(200, me(login, CHOSEN).statusCode(), "the second request is answered from the remembered pair");

        accounts.changeOwnPassword(holder, CHOSEN, "Xibeiwang#2028");
        HttpResponse<String> old = me(login, CHOSEN);
        assertEquals(401, old.statusCode(), "the old password no longer opens anything");
        assertProblem(old);
        assertEquals(200, me(login, "Xibeiwang#2028").statusCode());

        accounts.setActive(admin(), id, false);
        assertEquals(401, me(login, "Xibeiwang#2028").statusCode(), "a disabled account is refused at once");
        assertTrue(logins.signIn(login, "Xibeiwang#2028", "192.0.2.91").actor().isEmpty());
    }

    @Test
    void anInitialPasswordOpensOnlyThePasswordPageUntilItIsReplaced() throws Exception {
        String login = "initial" + run;
        newEditor(login);
        for (String path : List.of("api/me", "api/units", "api/search?q=%E8%A1%97%E9%81%93")) {
            HttpResponse<String> r = get(path, login, INITIAL);
            assertEquals(403, r.statusCode(), path + ": " + r.body());
            assertProblem(r);
            assertTrue(detail(r).startsWith("请先修改初始密码"), r.body());
        }
        HttpResponse<String> inbox = get("editor/inbox.xhtml", login, INITIAL);
        assertEquals(302, inbox.statusCode(), "a page leads to 修改密码");
        assertTrue(inbox.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));
        HttpResponse<String> page = get("account/password.xhtml", login, INITIAL);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("请先修改为只有您自己知道的密码"), "the page says why");

        accounts.changeOwnPassword(accounts.actor(login).orElseThrow(), INITIAL, CHOSEN);
        assertEquals(200, get("api/me", login, CHOSEN).statusCode(), "the chosen password opens everything");
    }

    @Test
    void fortySimultaneousSignInsAreAllAnsweredWithoutEmptyingThePool() throws Exception {
        int n = 40;
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            logins.add("burst" + i + "x" + run);
            newEditor(logins.get(i));
        }
        // Created with an initial password; these are people who already chose their own.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update account set must_change_password = false where login like ?")) {
            s.setString(1, "burst%x" + run);
            assertEquals(n, s.executeUpdate());
        }
        // Worker threads have no request context: the address is read here.
        URI me = URI.create(base() + "api/me");
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String login : logins) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                                return send(me, login, INITIAL);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            start.countDown();
            for (int i = 0; i < n; i++) {
                HttpResponse<String> r = answers.get(i).get(2, TimeUnit.MINUTES);
                assertEquals(200, r.statusCode(), logins.get(i) + ": " + r.body());
                assertTrue(r.body().contains(logins.get(i)), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void administratorsReadSignInsFailuresAndAccountChangesInTheSecurityLogWithoutSecrets() throws Exception {
        String login = "log" + run;
        long id = newEditor(login);
        accounts.changeOwnPassword(accounts.actor(login).orElseThrow(), INITIAL, CHOSEN);
        assertEquals(401, me(login, "Cuowu#Mima2026").statusCode());
        assertEquals(200, me(login, CHOSEN).statusCode());
        accounts.update(admin(), id, new AccountForm(login, "清河编辑", null, Role.ADMIN, null));

        List<SecurityEventView> entries =
                securityLog.find(admin(), new SecurityLog.Filter(login.toUpperCase(), null, null, null));
        assertEquals(
                List.of(
                        SecurityEventKind.ROLE_CHANGED,
                        SecurityEventKind.SIGNED_IN,
                        SecurityEventKind.LOGIN_FAILED,
                        SecurityEventKind.PASSWORD_CHANGED,
                        SecurityEventKind.ACCOUNT_CREATED),
                entries.stream().map(SecurityEventView::kind).toList(),
                "newest first: " + entries);
        assertEquals("admin将角色由“编辑”改为“管理员”", entries.get(0).detail());
        assertTrue(
                entries.stream()
                        .noneMatch(e ->
                                e.toString().contains(CHOSEN) || e.toString().contains("Cuowu")),
                "no password in the log");
        assertEquals(
                1,
                securityLog
                        .find(admin(), new SecurityLog.Filter(login, SecurityEventKind.LOGIN_FAILED, null, null))
                        .size());
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        assertTrue(securityLog
                .find(admin(), new SecurityLog.Filter(login, null, tomorrow, null))
                .isEmpty());
        assertThrows(
                AccessDenied.class,
                () -> securityLog.find(
                        accounts.actor("haidian").orElseThrow(), new SecurityLog.Filter(null, null, null, null)));

        HttpResponse<String> page =
                get("admin/security-log.xhtml?login=" + login + "&kind=ROLE_CHANGED", "admin", DemoData.PASSWORD);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("角色变更") && page.body().contains(login), "the page lists the entry");
        assertFalse(page.body().contains("本人修改密码</span>"), "only the kind asked for");
        HttpResponse<String> badDate = get("admin/security-log.xhtml?from=2026-13-01", "admin", DemoData.PASSWORD);
        assertTrue(badDate.body().contains("日期格式应为“年-月-日”"), "a bad date gets a Chinese message");
    }

    private Actor admin() {
        return accounts.actor("admin").orElseThrow();
    }

    private long newEditor(String login) {
        return accounts.create(admin(), new AccountForm(login, "清河编辑", INITIAL, Role.EDITOR, null))
                .id();
    }

    private HttpResponse<String> me(String login, String password) throws Exception {
        return get("api/me", login, password);
    }

    private HttpResponse<String> get(String path, String login, String password) throws Exception {
        return send(URI.create(base() + path), login, password);
    }

    private HttpResponse<String> send(URI uri, String login, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + (8080 + offset) + servletContext.getContextPath() + "/";
    }

    private static void assertProblem(HttpResponse<String> r) {
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
    }

    private static String detail(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject().getString("detail");
    }
}
