package org.briefdesk.application.mailbox;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.ReportIntake;
import org.briefdesk.application.item.ReportIntake.Arrival;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.mailbox.InboundMessage;
import org.briefdesk.domain.model.mailbox.InboundMessageRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Takes one message from the mailbox, in one transaction: the message's key is recorded together
 * with the item it became (or with its place in quarantine), so a message seen again, because it
 * was delivered twice or the server kept it after a crash, is recognised and skipped.
 */
@Stateless
public class MailIntakeService {

    static final String UNKNOWN_SENDER = "发件人邮箱未登记为信息员";
    static final String AMBIGUOUS_SENDER = "多个信息员使用该邮箱，无法确定报送单位";
    static final String AUTOMATIC = "自动回复或系统自动发送的邮件，未转为信息";

    @Inject
    MailReader reader;

    @Inject
    DocumentReader documents;

    @Inject
    AccountRepository accounts;

    @Inject
    InboundMessageRepository messages;

    @Inject
    ReportIntake intake;

    @Inject
    Event<MailReportTaken> taken;

    private final Clock clock = DistrictTime.clock();

    public Receipt receive(byte[] raw) {
        ReceivedMail mail;
        try {
            mail = reader.read(raw);
        } catch (BusinessRuleViolation unreadable) {
            String key = InboundMessage.keyOf(null, raw);
            if (messages.exists(key)) {
                return Receipt.ALREADY_TAKEN;
            }
            messages.store(
                    InboundMessage.quarantined(key, null, null, null, raw, unreadable.getMessage(), clock.instant()));
            return Receipt.QUARANTINED;
        }
        String key = InboundMessage.keyOf(mail.messageId(), raw);
        if (messages.exists(key)) {
            return Receipt.ALREADY_TAKEN;
        }
        if (mail.automatic()) {
            // Never an item and never acknowledged: an auto-reply to our acknowledgement would loop.
            return quarantine(key, mail, raw, AUTOMATIC);
        }
        List<Account> officers = accounts.activeByEmail(mail.senderAddress()).stream()
                .filter(a -> a.getRole() == Role.OFFICER && a.getUnit() != null)
                .toList();
        if (officers.size() != 1) {
            return quarantine(key, mail, raw, officers.isEmpty() ? UNKNOWN_SENDER : AMBIGUOUS_SENDER);
        }
        Account officer = officers.get(0);
        try {
            MailReport.Draft draft = MailReport.of(mail, documents);
            Arrival arrival = intake.arrive(
                    Actor.of(officer), officer.getUnit(), officer, draft.content(), ItemChannel.EMAIL, draft.files());
            messages.store(InboundMessage.taken(
                    key, mail.senderAddress(), mail.senderName(), mail.subject(), arrival.item(), clock.instant()));
            taken.fire(new MailReportTaken(
                    mail.senderAddress(),
                    officer.getDisplayName(),
                    arrival.item().getTitle(),
                    officer.getUnit().getShortName(),
                    arrival.skippedFiles(),
                    false));
            return Receipt.ITEM;
        } catch (BusinessRuleViolation unusable) {
            // Nothing of the item was stored (its content is checked before anything is written).
            return quarantine(key, mail, raw, unusable.getMessage());
        }
    }

    private Receipt quarantine(String key, ReceivedMail mail, byte[] raw, String reason) {
        messages.store(InboundMessage.quarantined(
                key, mail.senderAddress(), mail.senderName(), mail.subject(), raw, reason, clock.instant()));
        return Receipt.QUARANTINED;
    }
}
