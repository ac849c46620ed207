package org.briefdesk.application.notice;

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
}
