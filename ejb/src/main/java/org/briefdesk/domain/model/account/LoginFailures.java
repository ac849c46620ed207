package org.briefdesk.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one subject (登录失败记录): an account or a client address. After a number of
 * failures in a row the subject is locked for a window that doubles with every further failure, up
 * to a ceiling; a quiet period forgets old failures, a success (for an account) clears them.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailures {

    /** Forgotten after this long without a failure. */
    static final Duration MEMORY = Duration.ofHours(1);

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 80)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailures() {}

    public LoginFailures(String subject, Instant now) {
        this.subject = subject;
        this.lastFailureAt = now;
    }

    public static String ofAccount(String login) {
        return "account:" + login;
    }

    public static String ofAddress(String address) {
        return "address:" + address;
    }

    /**
     * Counts a failure; the subject is locked once {@code allowed} failures in a row are exceeded:
     * 30 s for the first failure over, doubling each time, at most 15 minutes.
     * @return true when this failure (re)started a lock
     */
    public boolean fail(Instant now, int allowed) {
        if (lastFailureAt.plus(MEMORY).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        int over = failures - allowed;
        if (over <= 0) {
            return false;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 10));
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return true;
    }

    /** How long the subject stays locked from now; zero when it is not locked. */
    public Duration lockedFor(Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, lockedUntil);
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }
}
