package org.briefdesk.application.access;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.PasswordHash;

/**
 * Signing in with a login and password (登录), by the form or HTTP Basic: throttled per account and
 * per client address ({@link LoginThrottle}), and answered in the same time whether the login
 * exists or not (an unknown or disabled login runs the same password hash against a dummy).
 * It runs outside a transaction: the throttle commits each change in its own, and a sign-in that held
 * a connection through the password hash as well would need two per caller, so a burst of sign-ins
 * emptied the pool. A pair verified a moment ago ({@link VerifiedCredentials}) skips the hash: HTTP Basic
 * clients send it with every request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginService {

    /** Longer input is no login: it would only make the throttle's keys long. */
    private static final int SUBJECT_MAX = 64;

    @Inject
    AccountRepository accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    public Outcome signIn(String login, String password, String address) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        key = key.length() > SUBJECT_MAX ? key.substring(0, SUBJECT_MAX) : key;
        String from = address == null ? "unknown" : address;
        Duration locked = throttle.lockedFor(key, from);
        if (!locked.isZero()) {
            return Outcome.locked(locked);
        }
        Optional<Account> account = accounts.findByLogin(key);
        if (account.isPresent() && verified.holds(key, password, account.get())) {
            return Outcome.signedIn(account.get());
        }
        boolean valid =
                account.isPresent() ? account.get().passwordMatches(password) : PasswordHash.matchesNothing(password);
        if (valid) {
            throttle.succeeded(key, from);
            verified.remember(key, password, account.get());
            return Outcome.signedIn(account.get());
        }
        return Outcome.locked(recordFailure(key, from));
    }

    /** Two servers counting the same first failure at once: the loser's insert fails, and a retry finds the row. */
    private Duration recordFailure(String key, String from) {
        try {
            return throttle.failed(key, from);
        } catch (EJBException e) {
            return throttle.failed(key, from);
        }
    }

    /**
     * What a sign-in came to: the actor, or none with how long the login or address is locked
     * (zero: simply a wrong login or password); and whether the password is an initial one that must
     * be replaced before anything else.
     */
    public record Outcome(Optional<Actor> actor, Duration lockedFor, boolean mustChangePassword) {

        static Outcome locked(Duration lockedFor) {
            return new Outcome(Optional.empty(), lockedFor, false);
        }

        static Outcome signedIn(Account account) {
            return new Outcome(Optional.of(Actor.of(account)), Duration.ZERO, account.isMustChangePassword());
        }

        public boolean isLocked() {
            return !lockedFor.isZero();
        }

        /** The Chinese message for a refused sign-in. */
        public String message() {
            if (!isLocked()) {
                return "登录名或密码错误，或账号已停用";
            }
            long minutes = Math.max(1, (lockedFor.toSeconds() + 59) / 60);
            return "登录失败次数过多，已暂时锁定，请" + minutes + "分钟后再试；如忘记密码请联系管理员";
        }
    }
}
