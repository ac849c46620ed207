package org.briefdesk.application.mailbox;

/** The mailbox server could not be reached or refused the login; the message is Chinese, for editors. */
public class MailboxUnavailable extends RuntimeException {

    public MailboxUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
