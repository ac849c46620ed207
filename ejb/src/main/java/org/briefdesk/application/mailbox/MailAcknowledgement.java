package org.briefdesk.application.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.briefdesk.application.notice.MailRelay;

/** Tells the sender, by mail in Chinese, that their report arrived (回执); only when outgoing mail is configured. */
@ApplicationScoped
public class MailAcknowledgement {

    @Inject
    MailRelay mail;

    void acknowledge(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailReportTaken taken) {
        if (!mail.available()) {
            return;
        }
        mail.send(taken.senderAddress(), "【简报台】已收到您报送的信息《" + taken.title() + "》", text(taken));
    }

    static String text(MailReportTaken t) {
        StringBuilder s = new StringBuilder();
        s.append(t.senderName() == null || t.senderName().isBlank() ? "您好" : t.senderName())
                .append("：\n\n");
        if (t.assignedByEditor()) {
            s.append("您发来的邮件已由编辑转为“")
                    .append(t.unitName())
                    .append("”报送的信息《")
                    .append(t.title())
                    .append("》，等待编辑筛选。\n");
        } else {
            s.append("您通过邮件报送的信息《")
                    .append(t.title())
                    .append("》已收到，已作为“")
                    .append(t.unitName())
                    .append("”的报送信息，等待编辑筛选。\n");
        }
        if (!t.skippedFiles().isEmpty()) {
            s.append("\n以下附件未能保存：\n");
            t.skippedFiles().forEach(f -> s.append("  ").append(f).append('\n'));
        }
        s.append("\n此邮件由简报台自动发送，请勿直接回复。\n");
        return s.toString();
    }
}
