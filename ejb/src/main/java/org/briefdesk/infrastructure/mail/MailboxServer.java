package org.briefdesk.infrastructure.mail;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.briefdesk.infrastructure.Settings;

/**
 * The mailbox units mail their reports to, from the deployment's settings, next to the SMTP ones:
 * BRIEFDESK_MAILBOX_HOST (no host: no polling), BRIEFDESK_MAILBOX_PROTOCOL (imap or pop3),
 * BRIEFDESK_MAILBOX_SECURITY (tls, starttls or none), BRIEFDESK_MAILBOX_PORT (by protocol and
 * security: 993, 143, 995, 110), BRIEFDESK_MAILBOX_USER, BRIEFDESK_MAILBOX_PASSWORD,
 * BRIEFDESK_MAILBOX_FOLDER (INBOX, IMAP only) and BRIEFDESK_MAILBOX_POLL_MINUTES (5).
 */
public record MailboxServer(
        String protocol,
        String security,
        String host,
        int port,
        String user,
        String password,
        String folder,
        Duration pollInterval) {

    private static final Logger LOG = Logger.getLogger(MailboxServer.class.getName());

    /** How long to wait for the server: a poll must not hang on a dead one. */
    private static final String TIMEOUT_MILLIS = "20000";

    public static Optional<MailboxServer> configured() {
        String host = setting("host", null);
        if (host == null) {
            return Optional.empty();
        }
        String protocol = setting("protocol", "imap").toLowerCase(Locale.ROOT);
        String security = setting("security", "tls").toLowerCase(Locale.ROOT);
        if (!protocol.equals("imap") && !protocol.equals("pop3")) {
            LOG.severe("BRIEFDESK_MAILBOX_PROTOCOL must be imap or pop3 (" + protocol + "): no mail is polled");
            return Optional.empty();
        }
        if (!security.equals("tls") && !security.equals("starttls") && !security.equals("none")) {
            LOG.severe(
                    "BRIEFDESK_MAILBOX_SECURITY must be tls, starttls or none (" + security + "): no mail is polled");
            return Optional.empty();
        }
        boolean tls = security.equals("tls");
        String defaultPort = protocol.equals("imap") ? (tls ? "993" : "143") : (tls ? "995" : "110");
        int port;
        long minutes;
        try {
            port = Integer.parseInt(setting("port", defaultPort));
            minutes = Long.parseLong(setting("poll.minutes", "5"));
        } catch (NumberFormatException e) {
            LOG.severe("BRIEFDESK_MAILBOX_PORT or _POLL_MINUTES is not a number: no mail is polled");
            return Optional.empty();
        }
        return Optional.of(new MailboxServer(
                protocol,
                security,
                host,
                port,
                setting("user", null),
                setting("password", null),
                setting("folder", "INBOX"),
                Duration.ofMinutes(Math.max(1, minutes))));
    }

    private static String setting(String name, String fallback) {
        return Settings.get(
                "briefdesk.mailbox." + name,
                "BRIEFDESK_MAILBOX_" + name.toUpperCase(Locale.ROOT).replace('.', '_'),
                fallback);
    }

    /** The Jakarta Mail store protocol: imaps and pop3s for implicit TLS. */
    public String storeProtocol() {
        return security.equals("tls") ? protocol + "s" : protocol;
    }

    /** Without login and password, which must never reach a page or a log. */
    @Override
    public String toString() {
        return storeProtocol() + "://" + host + ":" + port + (protocol.equals("imap") ? "/" + folder : "");
    }

    public Session session() {
        String p = storeProtocol();
        Properties props = new Properties();
        props.put("mail.store.protocol", p);
        props.put("mail." + p + ".host", host);
        props.put("mail." + p + ".port", String.valueOf(port));
        props.put("mail." + p + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail." + p + ".timeout", TIMEOUT_MILLIS);
        props.put("mail." + p + ".writetimeout", TIMEOUT_MILLIS);
        if (security.equals("starttls")) {
            props.put("mail." + p + ".starttls.enable", "true");
            props.put("mail." + p + ".starttls.required", "true");
        }
        if (!security.equals("none")) {
            props.put("mail." + p + ".ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }
}
