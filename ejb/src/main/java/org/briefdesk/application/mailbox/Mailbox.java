package org.briefdesk.application.mailbox;

import java.time.Duration;
import java.util.Optional;

/** The office's incoming mailbox (收信邮箱): the port the polling owns, implemented over IMAP or POP3. */
public interface Mailbox {

    /** How often to poll, or empty when no mailbox is configured (then nothing is polled). */
    Optional<Duration> pollInterval();

    /** The mailbox as editors may see it (protocol, host, folder), without login or password. */
    String describe();

    /**
     * Hands every waiting message, oldest first, to {@code handler}, and removes from the server
     * those it took; returns how many were handed over. A message the handler did not take stays
     * for the next poll. Throws {@link MailboxUnavailable} when the server cannot be reached.
     */
    int drain(Handler handler);

    /** Takes one message; true once it is recorded for good, so the server may remove it. */
    @FunctionalInterface
    interface Handler {
        boolean take(byte[] raw);
    }
}
