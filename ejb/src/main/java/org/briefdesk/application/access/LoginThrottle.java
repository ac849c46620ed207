package org.briefdesk.application.access;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.briefdesk.domain.model.account.LoginFailures;
import org.briefdesk.domain.model.account.LoginFailuresRepository;
import org.briefdesk.domain.model.audit.SecurityEvent;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;

/**
 * Brute-force protection (登录限制): failed sign-ins are counted per account and per client address in
 * the database, so every server of a cluster sees them. Each change commits on its own, whatever
 * the sign-in then does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    /** Wrong passwords in a row before an account is locked for a while. */
    public static final int ACCOUNT_ALLOWANCE = 5;
    /** Failures from one address (any logins) before the address is locked: a whole office may share one. */
    public static final int ADDRESS_ALLOWANCE = 100;

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    LoginFailuresRepository failures;

    @Inject
    SecurityLog audit;

    private final Clock clock = Clock.systemUTC();

    /** How long the account or the address is still locked; zero when neither is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration lockedFor(String login, String address) {
        Duration a = failures.find(LoginFailures.ofAccount(login))
                .map(f -> f.lockedFor(clock.instant()))
                .orElse(Duration.ZERO);
        Duration b = failures.find(LoginFailures.ofAddress(address))
                .map(f -> f.lockedFor(clock.instant()))
                .orElse(Duration.ZERO);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Counts a failure for the login and the address; the failure, and a lock that starts now, go into
     * the security log.
     */
    public Duration failed(String login, String address) {
        audit.store(
                new SecurityEvent(SecurityEventKind.LOGIN_FAILED, login, address, "密码错误或账号不存在、已停用", clock.instant()));
        Duration account = count(LoginFailures.ofAccount(login), ACCOUNT_ALLOWANCE, login, address);
        Duration byAddress = count(LoginFailures.ofAddress(address), ADDRESS_ALLOWANCE, login, address);
        return account.compareTo(byAddress) >= 0 ? account : byAddress;
    }

    /**
     * A correct password clears the account's failures (not the address's: one good account must not
     * unlock guessing) and goes into the security log. A pair verified a moment ago does not come here
     * ({@link VerifiedCredentials}), so a program's Basic calls leave one entry every few minutes.
     */
    public void succeeded(String login, String address) {
        failures.clear(LoginFailures.ofAccount(login));
        audit.store(new SecurityEvent(SecurityEventKind.SIGNED_IN, login, address, "密码校验通过", clock.instant()));
    }

    private Duration count(String subject, int allowance, String login, String address) {
        LoginFailures row = failures.lockOrCreate(subject);
        if (row.fail(clock.instant(), allowance)) {
            Duration lock = row.lockedFor(clock.instant());
            String detail = "连续" + row.getFailures() + "次登录失败，"
                    + subject.substring(0, subject.indexOf(':'))
                            .replace("account", "账号")
                            .replace("address", "来源地址") + "锁定" + lock.toSeconds() + "秒";
            audit.store(new SecurityEvent(SecurityEventKind.LOGIN_LOCKED, login, address, detail, clock.instant()));
            LOG.warning(() -> "Sign-in locked for " + subject + " after " + row.getFailures() + " failures, "
                    + lock.toSeconds() + " s");
            return lock;
        }
        return Duration.ZERO;
    }
}
