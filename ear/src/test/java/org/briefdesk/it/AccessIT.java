package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.application.access.LoginService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in, throttling, API tokens and the password policy, in the container. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private static final String STRONG = "Qinghe#Xinxi2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(AccessIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginService logins;

    @Inject
    ApiTokenService tokens;

    @Inject
    SecurityLog audit;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    DataSource dataSource;

    private Actor admin() {
        return accounts.actor("admin").orElseThrow();
    }

    private long newEditor(String login) {
        return accounts.create(admin(), new AccountForm(login, "清河编辑", STRONG, Role.EDITOR, null))
                .id();
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsLockedEvenForTheRightOneAndTheLockIsLogged() {
        String login = "lock" + System.nanoTime() % 1_000_000;
        newEditor(login);
        String address = "198.51.100." + System.nanoTime() % 200;
        for (int i = 1; i <= 5; i++) {
            LoginService.Outcome wrong = logins.signIn(login, "wrong-password-" + i, address);
            assertTrue(wrong.actor().isEmpty());
            assertFalse(wrong.isLocked(), "failure " + i + " does not lock yet");
            assertEquals("登录名或密码错误，或账号已停用", wrong.message());
        }
        LoginService.Outcome sixth = logins.signIn(login, "wrong-password-6", address);
        assertTrue(sixth.isLocked());
        LoginService.Outcome right = logins.signIn(login, STRONG, "203.0.113.7");
        assertTrue(right.actor().isEmpty(), "the right password waits for the lock to end, from any address");
        assertTrue(right.message().startsWith("登录失败次数过多，已暂时锁定，请1分钟后再试"), right.message());
        assertTrue(
                audit.latest(50).stream()
                        .anyMatch(e -> e.getKind() == SecurityEventKind.LOGIN_LOCKED
                                && login.equals(e.getLogin())
                                && address.equals(e.getAddress())),
                "the lock-out is in the security log");
    }

    @Test
    void anUnknownLoginGetsTheSameAnswerAsAWrongPasswordAndIsCountedToo() {
        String ghost = "ghost" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "登录名或密码错误，或账号已停用",
                    logins.signIn(ghost, DemoData.PASSWORD, "192.0.2.77").message());
        }
        assertTrue(
                logins.signIn(ghost, DemoData.PASSWORD, "192.0.2.77").isLocked(),
                "unknown logins lock like real ones, so a lock tells nothing about existence");
    }

    @Test
    void aTokenIsStoredOnlyAsItsHashWorksWithoutThePasswordAndStopsWhenRevoked() throws Exception {
        String login = "token" + System.nanoTime() % 1_000_000;
        long id = newEditor(login);
        Actor holder = accounts.actor(login).orElseThrow();
        ApiTokenService.NewToken created = tokens.create(holder, id, "清河街道信息系统");
        assertTrue(created.value().startsWith("bd_") && created.value().length() > 40);
        assertEquals(login, tokens.authenticate(created.value()).orElseThrow().login());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select token_hash from api_token where account_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(64, rs.getString(1).length());
                assertFalse(rs.getString(1).contains(created.value().substring(3, 12)), "never the token itself");
            }
        }
        assertThrows(
                AccessDenied.class,
                () -> tokens.create(accounts.actor("haidian").orElseThrow(), id, "冒名令牌"),
                "only the holder or an administrator");
        tokens.revoke(admin(), created.token().id());
        assertTrue(tokens.authenticate(created.value()).isEmpty());
        assertTrue(tokens.authenticate("bd_" + "x".repeat(43)).isEmpty());
    }

    @Test
    void newPasswordsFollowThePolicyWithAChineseExplanationWhileDemoAccountsKeepTheirs() {
        String login = "policy" + System.nanoTime() % 1_000_000;
        for (String weak : new String[] {
            "password1", "password1234", DemoData.PASSWORD, login + "2026", "short1", "1234567890", "aaaaaaaa11"
        }) {
            BusinessRuleViolation e = assertThrows(
                    BusinessRuleViolation.class,
                    () -> accounts.create(admin(), new AccountForm(login, "清河信息员", weak, Role.EDITOR, null)),
                    weak);
            assertEquals("password", e.field());
            assertTrue(e.getMessage().contains("密码至少10位"), e.getMessage());
        }
        newEditor(login);
        assertTrue(
                logins.signIn("editor", DemoData.PASSWORD, "192.0.2.78").actor().isPresent(),
                "the demo accounts keep the demo password");
    }

    @Test
    void anInitialPasswordMustBeReplacedByItsHolderAndTheNewOneFollowsThePolicy() {
        String login = "initial" + System.nanoTime() % 1_000_000;
        newEditor(login);
        Actor holder = accounts.actor(login).orElseThrow();
        assertTrue(accounts.mustChangePassword(holder), "an administrator chose it");
        assertEquals(
                "当前密码不正确",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> accounts.changeOwnPassword(holder, "not-the-password1", "Xiangshan#2027"))
                        .getMessage());
        assertTrue(
                assertThrows(BusinessRuleViolation.class, () -> accounts.changeOwnPassword(holder, STRONG, "password1"))
                        .getMessage()
                        .contains("密码至少10位"));
        accounts.changeOwnPassword(holder, STRONG, "Xiangshan#2027");
        assertFalse(accounts.mustChangePassword(holder));
        assertTrue(logins.signIn(login, "Xiangshan#2027", "192.0.2.79").actor().isPresent());
        assertFalse(
                accounts.mustChangePassword(accounts.actor("editor").orElseThrow()), "demo accounts are not flagged");
    }
}
