package org.briefdesk.application.notice;

import java.util.List;

/**
 * Plain-text mail through the office's SMTP relay. Most district offices have none and the in-app
 * notice is the message of record, so mail is optional: without a relay nothing is sent, and a
 * failed mail never fails its caller.
 */
public interface MailRelay {

    /** Whether a relay is configured now. */
    boolean available();

    /** Sends when a relay is configured; returns whether the relay took the message. */
    boolean send(String to, String subject, String text);

    /** Sends with files attached (a periodic report, an upward package); as {@link #send(String, String, String)}. */
    default boolean send(String to, String subject, String text, List<Attachment> files) {
        if (!files.isEmpty()) {
            throw new UnsupportedOperationException("this relay sends no attachments");
        }
        return send(to, subject, text);
    }

    /** A file attached to a mail. */
    record Attachment(String fileName, String mediaType, byte[] content) {}
}
