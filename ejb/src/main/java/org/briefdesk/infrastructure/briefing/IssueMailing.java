package org.briefdesk.infrastructure.briefing;

import jakarta.activation.DataHandler;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.infrastructure.mail.MailServer;

/**
 * Distribution by mail (邮件分发): when an issue that asks for it is published and a mail server is
 * configured, every recipient with an e-mail address gets the published PDF. It runs after the
 * publication has committed and apart from the editor's request, so a slow or dead relay never
 * delays or undoes a publication; a failed mail is logged.
 */
@Stateless
public class IssueMailing {

    private static final Logger LOG = Logger.getLogger(IssueMailing.class.getName());

    @Inject
    BriefingRepository briefings;

    @Inject
    AccountRepository accounts;

    /** Sends in the background; see {@link IssueMailTrigger}. */
    @Asynchronous
    public void distribute(long issueId) {
        sendNow(issueId);
    }

    /** The work of {@link #distribute}: returns how many recipients the relay accepted the mail for. */
    public int sendNow(long issueId) {
        Optional<MailServer> server = MailServer.configured();
        BriefingIssue issue = briefings.findIssue(issueId).orElse(null);
        if (server.isEmpty() || issue == null || !issue.isPublished() || !issue.isMailOnPublish()) {
            return 0;
        }
        byte[] pdf = briefings.export(issueId, ExportFormat.PDF).orElse(null);
        if (pdf == null) {
            return 0;
        }
        String name = issue.getTitle().getName() + issue.getNumber().label();
        int sent = 0;
        for (Long id : issue.getRecipients()) {
            Account a = accounts.find(id).orElse(null);
            if (a == null || !a.isActive() || a.getEmail() == null) {
                continue;
            }
            try {
                MimeMessage m = message(server.get(), a.getEmail(), name, pdf);
                if (server.get().user() != null) {
                    Transport.send(m, server.get().user(), server.get().password());
                } else {
                    Transport.send(m);
                }
                sent++;
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Issue " + issueId + " not mailed to " + a.getLogin() + ": " + e.getMessage(),
                        e);
            }
        }
        int mailed = sent;
        LOG.info(() -> "Issue " + issueId + " mailed to " + mailed + " of "
                + issue.getRecipients().size() + " recipients");
        return sent;
    }

    static MimeMessage message(MailServer server, String to, String name, byte[] pdf)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(server.session());
        m.setFrom(new InternetAddress(server.from(), "简报台", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject("《" + name + "》已印发", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("您好：\n\n《" + name + "》已印发，PDF见附件。也可登录简报台“简报阅览”在线阅读和批示。\n\n简报台", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, ExportFormat.PDF.mediaType())));
        file.setFileName(MimeUtility.encodeText(name + ".pdf", "UTF-8", "B"));
        MimeMultipart body = new MimeMultipart();
        body.addBodyPart(text);
        body.addBodyPart(file);
        m.setContent(body);
        m.setSentDate(new Date());
        return m;
    }
}
