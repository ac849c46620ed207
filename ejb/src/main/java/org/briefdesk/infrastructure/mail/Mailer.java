package org.briefdesk.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.infrastructure.Settings;

/**
 * Plain-text mail through WildFly's default mail session (configure its SMTP server in the mail
 * subsystem). Off unless BRIEFDESK_MAIL_ENABLED=true: most district offices have no mail relay, and
 * the in-app notice is the reminder of record; a failed mail is logged and never fails the caller.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    public static boolean enabled() {
        return Boolean.parseBoolean(Settings.get("briefdesk.mail.enabled", "BRIEFDESK_MAIL_ENABLED", "false"));
    }

    /** Sends when mail is enabled; returns whether the message was handed to the SMTP server. */
    public boolean send(String to, String subject, String text) {
        if (!enabled()) {
            return false;
        }
        try {
            Transport.send(compose(session, to, subject, text, Instant.now()));
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + to + " not sent: " + e.getMessage(), e);
            return false;
        }
    }

    /** A UTF-8 plain-text message (Chinese subject and body). */
    public static MimeMessage compose(Session session, String to, String subject, String text, Instant sentAt)
            throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        String from = Settings.get("briefdesk.mail.from", "BRIEFDESK_MAIL_FROM", null);
        if (from != null) {
            m.setFrom(new InternetAddress(from, true));
        } else {
            m.setFrom();
        }
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.setSentDate(Date.from(sentAt));
        return m;
    }
}
