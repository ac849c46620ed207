package org.briefdesk.application.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.model.item.AttachmentRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemRevision;
import org.briefdesk.domain.model.item.ItemRevisionRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The one way an item reaches the office (报送), whatever its channel: the submission is kept as a
 * revision, journalled (so the index and duplicate detection see it within seconds) and announced
 * when urgent. A plain CDI bean that joins its caller's transaction: a broken rule it throws does
 * not doom that transaction, so the mail intake can quarantine a message instead of losing it.
 */
@ApplicationScoped
public class ReportIntake {

    @Inject
    ItemRepository items;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    AttachmentRepository attachments;

    @Inject
    DocumentReader reader;

    @Inject
    ItemJournal journal;

    @Inject
    Event<UrgentItemSubmitted> urgentSubmitted;

    @Inject
    SolicitationService solicitations;

    private final Clock clock = DistrictTime.clock();

    /** A submitted item and the files that were not kept, each with the reason. */
    public record Arrival(Item item, List<String> skippedFiles) {}

    /**
     * A report from outside the officer's form becomes a submitted item of {@code unit}: files that
     * break an upload rule are left out and named, never fatal. Nothing is stored when the content
     * itself breaks a rule.
     */
    public Arrival arrive(
            Actor actor,
            Unit unit,
            Account author,
            ItemContent content,
            ItemChannel channel,
            List<IncomingFile> files) {
        Item item = new Item(unit, author, content, channel, clock.instant());
        items.store(item);
        journal.changed(item, actor, AuditAction.CREATED, channel.getLabel());
        List<String> skipped = new ArrayList<>();
        for (IncomingFile f : files) {
            try {
                Attachment a =
                        new Attachment(item, attachments.countOf(item.getId()), f.name(), f.bytes(), clock.instant());
                reader.requireReadable(f.bytes(), AttachmentKind.detect(f.bytes()));
                attachments.store(a);
                journal.changed(item, actor, AuditAction.ATTACHED, a.getFileName());
            } catch (BusinessRuleViolation e) {
                skipped.add((f.name() == null ? "附件" : f.name()) + "：" + e.getMessage());
            }
        }
        item.submit(clock.instant());
        submitted(actor, item, false);
        return new Arrival(item, List.copyOf(skipped));
    }

    /** After {@link Item#submit}: the revision, the journal entry and the urgent alert every submission gets. */
    void submitted(Actor actor, Item item, boolean resubmission) {
        keepRevision(actor, item);
        journal.changed(item, actor, AuditAction.SUBMITTED, resubmission ? "修改后重新报送" : null);
        if (!resubmission) {
            solicitations.answered(item);
        }
        if (item.isUrgent()) {
            urgentSubmitted.fire(new UrgentItemSubmitted(
                    item.getId(), item.getTitle(), item.getUnit().getShortName()));
        }
    }

    /** The text as sent: revision 1 the first time, later ones only when the text changed. */
    private void keepRevision(Actor actor, Item item) {
        List<ItemRevision> kept = revisions.of(item.getId());
        int next = 1;
        if (!kept.isEmpty()) {
            ItemRevision last = kept.get(kept.size() - 1);
            if (last.getTitle().equals(item.getTitle()) && last.getBody().equals(item.getBody())) {
                return;
            }
            next = last.getNumber() + 1;
        }
        revisions.store(new ItemRevision(
                item,
                next,
                actor == null ? null : actor.accountId(),
                actor == null ? "系统" : actor.displayName(),
                clock.instant()));
    }
}
