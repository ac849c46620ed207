package org.briefdesk.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.application.notice.MailRelay;

/**
 * Plain-text mail to an SMTP relay, when the deployment names one ({@link MailServer}). Most district
 * offices have no relay and the in-app notice is the reminder of record, so without one nothing is
 * sent; a failed mail is logged and never fails the caller.
 */
@ApplicationScoped
public class Mailer implements MailRelay {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** Whether a mail server is configured (BRIEFDESK_MAIL_HOST). */
    public static boolean enabled() {
        return MailServer.configured().isPresent();
    }

    @Override
    public boolean available() {
        return enabled();
    }

    /** Sends when a mail server is configured; returns whether the message was handed to it. */
    @Override
    public boolean send(String to, String subject, String text) {
        return send(to, subject, text, List.of());
    }

    @Override
    public boolean send(String to, String subject, String text, List<Attachment> files) {
        // Read for every mail, so a relay named at run time (system property) is used at once.
        Optional<MailServer> server = MailServer.configured();
        if (server.isEmpty()) {
            return false;
        }
        try {
            MailServer s = server.get();
            MimeMessage m = compose(s.session(), s.from(), to, subject, text, Instant.now());
            if (!files.isEmpty()) {
                attach(m, text, files);
            }
            if (s.user() != null) {
                Transport.send(m, s.user(), s.password());
            } else {
                Transport.send(m);
            }
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + to + " not sent: " + e.getMessage(), e);
            return false;
        }
    }

    /** Turns the plain message into text plus files, each file name encoded for Chinese mail clients. */
    private static void attach(MimeMessage m, String text, List<Attachment> files)
            throws MessagingException, UnsupportedEncodingException {
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        body.addBodyPart(part);
        for (Attachment f : files) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(f.content(), f.mediaType())));
            file.setFileName(MimeUtility.encodeText(f.fileName(), "UTF-8", "B"));
            body.addBodyPart(file);
        }
        m.setContent(body);
    }

    /** A UTF-8 plain-text message (Chinese subject and body) from 简报台 at {@code from}. */
    public static MimeMessage compose(
            Session session, String from, String to, String subject, String text, Instant sentAt)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from, "简报台", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.setSentDate(Date.from(sentAt));
        // RFC 3834: no auto-responder answers it, so an acknowledgement can never start a mail loop.
        m.setHeader("Auto-Submitted", "auto-generated");
        return m;
    }
}
