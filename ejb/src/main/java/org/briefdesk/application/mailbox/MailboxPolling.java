package org.briefdesk.application.mailbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Polls the office's mailbox (收取邮件): the scheduled work looks every minute, on the node holding
 * its lease, whether the configured interval has passed, and editors can poll at once. One poll at a time; each message is taken in a
 * transaction of its own (this bean runs outside any), so one bad message never holds back the rest.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPolling {

    private static final Logger LOG = Logger.getLogger(MailboxPolling.class.getName());

    @Inject
    Mailbox mailbox;

    @Inject
    MailIntakeService intake;

    private final ReentrantLock polling = new ReentrantLock();
    private final Clock clock = DistrictTime.clock();
    private volatile Instant lastPoll = Instant.EPOCH;

    /** The timer's poll ({@link MailboxPollingJob}, once per cluster): polls when the interval has passed. */
    public void pollIfDue() {
        Optional<Duration> interval = mailbox.pollInterval();
        if (interval.isEmpty() || clock.instant().isBefore(lastPoll.plus(interval.get()))) {
            return;
        }
        // A poll an editor started is as good as the timer's: never wait behind it.
        if (!polling.tryLock()) {
            return;
        }
        try {
            drain();
        } catch (MailboxUnavailable e) {
            LOG.log(Level.WARNING, e.getMessage(), e.getCause());
        } finally {
            polling.unlock();
        }
    }

    /** An editor's 立即收取: waits for a poll under way, then polls, so every message there now is taken. */
    public PollResult pollNow(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return poll();
    }

    /** Polls now (the timer's work, on demand). */
    public PollResult poll() {
        if (mailbox.pollInterval().isEmpty()) {
            throw new BusinessRuleViolation("未配置收信邮箱（BRIEFDESK_MAILBOX_HOST），无法收取邮件");
        }
        polling.lock();
        try {
            return drain();
        } finally {
            polling.unlock();
        }
    }

    /** Whether a mailbox is configured, and which, for the quarantine page. */
    public String describe() {
        return mailbox.pollInterval().isEmpty() ? "未配置收信邮箱" : mailbox.describe();
    }

    private PollResult drain() {
        lastPoll = clock.instant();
        int[] counts = new int[4];
        mailbox.drain(raw -> {
            try {
                Receipt r = intake.receive(raw);
                counts[r.ordinal()]++;
                return true;
            } catch (RuntimeException e) {
                // Left on the server: the next poll tries again, or finds it recorded and removes it.
                LOG.log(Level.WARNING, "A mailed report was not taken and stays in the mailbox: " + e, e);
                counts[3]++;
                return false;
            }
        });
        PollResult result = new PollResult(counts[0], counts[1], counts[2], counts[3]);
        if (result.items() + result.quarantined() + result.failed() > 0) {
            LOG.info(result.summary());
        }
        return result;
    }
}
