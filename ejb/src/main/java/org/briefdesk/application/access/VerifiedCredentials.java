package org.briefdesk.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.briefdesk.domain.model.account.Account;

/**
 * Login and password pairs this server verified a moment ago, so a program sending HTTP Basic with
 * every request pays the slow password hash once every few minutes instead of on every call.
 * Remembered is only an HMAC of the pair under a key drawn at random when the server starts (never
 * stored, never the password or its hash), with the account's id and version at the time. An entry
 * counts only while the account is active and still at that version: changing the password, the
 * role or disabling the account moves the version, on every server of a cluster at once. A wrong
 * password never matches an entry and goes through the full hash and the throttle.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Enough for every account of a district; beyond it the table starts afresh rather than grow. */
    static final int CAPACITY = 10_000;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Whether this pair was verified for the account as it is now, within the lifetime. */
    public boolean holds(String login, String password, Account account) {
        Entry e = entries.get(digest(login, password));
        return e != null
                && e.expires().isAfter(clock.instant())
                && account.isActive()
                && e.accountId() == account.getId()
                && e.version() == account.getVersion();
    }

    /** Records a pair the full password hash has just accepted for the account. */
    public void remember(String login, String password, Account account) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(
                digest(login, password),
                new Entry(account.getId(), account.getVersion(), clock.instant().plus(LIFETIME)));
    }

    private String digest(String login, String password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] pair = (login + '\0' + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8);
            return Base64.getEncoder().encodeToString(mac.doFinal(pair));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Entry(long accountId, long version, Instant expires) {}
}
