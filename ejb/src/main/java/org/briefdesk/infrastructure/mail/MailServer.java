package org.briefdesk.infrastructure.mail;

import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.briefdesk.infrastructure.Settings;

/**
 * The SMTP relay the office's mail goes through, from the deployment's settings:
 * BRIEFDESK_MAIL_HOST (no host: no mail), BRIEFDESK_MAIL_PORT (25), BRIEFDESK_MAIL_USER and
 * BRIEFDESK_MAIL_PASSWORD (when the relay wants a login), BRIEFDESK_MAIL_STARTTLS (false) and
 * BRIEFDESK_MAIL_FROM (briefdesk@localhost).
 */
public record MailServer(String host, int port, String user, String password, boolean startTls, String from) {

    private static final Logger LOG = Logger.getLogger(MailServer.class.getName());

    /** How long to wait for the relay: a reminder run must not hang on a dead server. */
    private static final String TIMEOUT_MILLIS = "10000";

    public static Optional<MailServer> configured() {
        String host = Settings.get("briefdesk.mail.host", "BRIEFDESK_MAIL_HOST", null);
        if (host == null) {
            return Optional.empty();
        }
        String port = Settings.get("briefdesk.mail.port", "BRIEFDESK_MAIL_PORT", "25");
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            // A typo must not stop the in-app reminders that run alongside the mail: no mail, said loudly.
            LOG.severe("BRIEFDESK_MAIL_PORT is not a port number (" + port + "): no mail is sent");
            return Optional.empty();
        }
        return Optional.of(new MailServer(
                host,
                p,
                Settings.get("briefdesk.mail.user", "BRIEFDESK_MAIL_USER", null),
                Settings.get("briefdesk.mail.password", "BRIEFDESK_MAIL_PASSWORD", null),
                Boolean.parseBoolean(Settings.get("briefdesk.mail.starttls", "BRIEFDESK_MAIL_STARTTLS", "false")),
                Settings.get("briefdesk.mail.from", "BRIEFDESK_MAIL_FROM", "briefdesk@localhost")));
    }

    /** Without the password, which must never reach a log. */
    @Override
    public String toString() {
        return "MailServer[" + host + ":" + port + (user == null ? "" : ", user " + user) + ", from " + from + "]";
    }

    /** A Jakarta Mail session for this relay. */
    public Session session() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user != null));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.put("mail.mime.charset", "UTF-8");
        return Session.getInstance(p);
    }
}
