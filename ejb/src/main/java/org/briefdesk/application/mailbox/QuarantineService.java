package org.briefdesk.application.mailbox;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.IncomingFile;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.ReportIntake;
import org.briefdesk.application.item.ReportIntake.Arrival;
import org.briefdesk.application.item.TakenReportService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.mailbox.InboundMessage;
import org.briefdesk.domain.model.mailbox.InboundMessageRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * The quarantine of mailed reports (来信待分派): editors read what an unknown sender wrote, then make
 * it a submitted item of the unit it is from, or discard it.
 */
@Stateless
public class QuarantineService {

    private static final int PREVIEW_CHARS = 300;

    @Inject
    InboundMessageRepository messages;

    @Inject
    MailReader reader;

    @Inject
    DocumentReader documents;

    @Inject
    UnitRepository units;

    @Inject
    ReportIntake intake;

    @Inject
    Event<MailReportTaken> taken;

    private final Clock clock = DistrictTime.clock();

    public List<QuarantinedMail> waiting(Actor actor) {
        actor.require(Role.EDITOR);
        return messages.quarantined().stream().map(this::view).toList();
    }

    /** 分派: the message becomes a submitted item of the unit, sent by mail (its sender is told). */
    public ItemView assign(Actor actor, long messageId, Long unitId) {
        actor.require(Role.EDITOR);
        InboundMessage message = waitingMessage(messageId);
        Unit unit = TakenReportService.reportingUnit(units, unitId);
        ReceivedMail mail = reader.read(message.getRaw());
        MailReport.Draft draft = MailReport.of(mail, documents);
        Arrival arrival = intake.arrive(actor, unit, null, draft.content(), ItemChannel.EMAIL, draft.files());
        message.assign(arrival.item(), actor.displayName(), clock.instant());
        if (mail.senderAddress() != null) {
            taken.fire(new MailReportTaken(
                    mail.senderAddress(),
                    mail.senderName(),
                    arrival.item().getTitle(),
                    unit.getShortName(),
                    arrival.skippedFiles(),
                    true));
        }
        return ItemView.of(arrival.item());
    }

    /** 丢弃: nothing is made of the message; its key stays, so it is not taken again. */
    public void discard(Actor actor, long messageId) {
        actor.require(Role.EDITOR);
        waitingMessage(messageId).discard(actor.displayName(), clock.instant());
    }

    private InboundMessage waitingMessage(long id) {
        InboundMessage message = messages.find(id).orElseThrow(() -> new NotFound("来信不存在"));
        message.requireWaiting();
        return message;
    }

    private QuarantinedMail view(InboundMessage m) {
        String preview;
        List<String> files;
        try {
            ReceivedMail mail = reader.read(m.getRaw());
            preview = preview(mail.text());
            files = mail.files().stream().map(IncomingFile::name).toList();
        } catch (BusinessRuleViolation unreadable) {
            preview = "";
            files = List.of();
        }
        return new QuarantinedMail(
                m.getId(),
                m.getSender(),
                m.getSenderName(),
                m.getSubject(),
                m.getReceivedAt(),
                m.getReason(),
                preview,
                files);
    }

    private static String preview(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.length() <= PREVIEW_CHARS ? t : t.substring(0, PREVIEW_CHARS) + "…";
    }
}
