package org.briefdesk.application.mailbox;

/** Reads a raw message (RFC 5322 bytes): the port the mail intake owns, implemented with Jakarta Mail. */
public interface MailReader {

    /** The message's parts; a {@link org.briefdesk.domain.shared.BusinessRuleViolation} when it cannot be read. */
    ReceivedMail read(byte[] raw);
}
