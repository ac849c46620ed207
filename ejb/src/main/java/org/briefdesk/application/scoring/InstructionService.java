package org.briefdesk.application.scoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionRepository;
import org.briefdesk.domain.model.instruction.InstructionSource;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.Recording;

/**
 * Leaders' instructions (领导批示): written by leaders in their portal, or typed in by editors from
 * paper. Whether a leader may instruct a given briefing entry is decided by the briefing service
 * before it calls here; this service checks the role and that the actor may see the item.
 */
@Stateless
public class InstructionService {

    @Inject
    InstructionRepository instructions;

    @Inject
    ItemService itemService;

    @Inject
    ItemJournal journal;

    @Inject
    ScoreLedger ledger;

    @Inject
    NoticeService notices;

    private final Clock clock = DistrictTime.clock();

    /**
     * Leaders record their own instruction (the name defaults to theirs); editors record a paper
     * instruction and must name the leader.
     */
    public InstructionView record(
            Actor actor,
            long itemId,
            LeaderLevel level,
            String leaderName,
            LocalDate instructedOn,
            String text,
            Long briefingEntryId) {
        actor.require(Role.LEADER, Role.EDITOR);
        Item item = itemService.view(actor, itemId);
        InstructionSource source = actor.is(Role.LEADER) ? InstructionSource.PORTAL : InstructionSource.PAPER;
        String name = source == InstructionSource.PORTAL && (leaderName == null || leaderName.isBlank())
                ? actor.displayName()
                : leaderName;
        Instruction instruction = instructions.store(new Instruction(
                item,
                level,
                name,
                instructedOn,
                text,
                briefingEntryId,
                source,
                new Recording(actor.accountId(), actor.displayName(), clock.instant()),
                LocalDate.now(clock)));
        journal.changed(item, actor, AuditAction.INSTRUCTED, instruction.describe());
        ledger.rescore(item);
        notices.toUnits(
                item.reportingUnitIds(),
                new Notification(
                        NoticeKind.ITEM_INSTRUCTED,
                        "“" + item.getTitle() + "”",
                        "本单位信息“" + item.getTitle() + "”获" + instruction.describe(),
                        Notification.itemLink(item.getId())));
        return InstructionView.of(instruction);
    }

    /** The item's instructions, oldest first, for whoever may see the item. */
    public List<InstructionView> forItem(Actor actor, long itemId) {
        itemService.view(actor, itemId);
        return instructions.ofItem(itemId).stream().map(InstructionView::of).toList();
    }

    /** Instructions on the given briefing entries (the leaders' portal and the issue page). */
    public List<InstructionView> forBriefingEntries(Actor actor, Collection<Long> briefingEntryIds) {
        actor.require(Role.LEADER, Role.EDITOR, Role.ADMIN);
        return instructions.ofBriefingEntries(briefingEntryIds).stream()
                .map(InstructionView::of)
                .toList();
    }
}
