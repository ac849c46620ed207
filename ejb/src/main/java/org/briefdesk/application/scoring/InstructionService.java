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
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.domain.shared.Recording;
import org.briefdesk.domain.shared.Withdrawal;

/**
 * Leaders' instructions (领导批示): written by leaders in their portal, or typed in by editors from
 * paper. Whether a leader may instruct a given briefing entry is decided by the briefing service
 * before it calls here; this service checks the role and that the actor may see the item. Editors
 * withdraw a wrong record (撤销) or correct it (更正: withdraw and replace) with a reason; the trail says
 * who, when, before and after, and the scores follow at once.
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

    /** 撤销: the instruction stops scoring; who, when and why go into the item's audit trail. */
    public InstructionView withdraw(Actor editor, long instructionId, String reason) {
        editor.require(Role.EDITOR);
        String why = Withdrawal.checkReason(reason);
        Instruction i = inForce(editor, instructionId);
        i.withdraw(recording(editor), why);
        journal.changed(i.getItem(), editor, AuditAction.INSTRUCTION_WITHDRAWN, i.describe() + "；理由：" + why);
        ledger.rescore(i.getItem());
        return InstructionView.of(i);
    }

    /**
     * 更正: the instruction is withdrawn and replaced by one with the corrected leader, date and text;
     * it keeps its source and briefing entry, and the trail names both.
     */
    public InstructionView correct(
            Actor editor,
            long instructionId,
            LeaderLevel level,
            String leaderName,
            LocalDate instructedOn,
            String text,
            String reason) {
        editor.require(Role.EDITOR);
        String why = Withdrawal.checkReason(reason);
        Instruction old = inForce(editor, instructionId);
        old.withdraw(recording(editor), why);
        Instruction fresh = instructions.store(new Instruction(
                old.getItem(),
                level,
                leaderName,
                instructedOn,
                text,
                old.getBriefingEntryId(),
                old.getSource(),
                recording(editor),
                LocalDate.now(clock)));
        old.replacedBy(fresh.getId());
        journal.changed(
                old.getItem(),
                editor,
                AuditAction.INSTRUCTION_CORRECTED,
                old.describe() + " → " + fresh.describe() + "；理由：" + why);
        ledger.rescore(old.getItem());
        return InstructionView.of(fresh);
    }

    private Instruction inForce(Actor editor, long instructionId) {
        Instruction i = instructions.lock(instructionId).orElseThrow(() -> new NotFound("批示记录不存在"));
        itemService.view(editor, i.getItem().getId());
        Withdrawal.requireInForce(i.getWithdrawal(), "instruction", "批示记录");
        return i;
    }

    private Recording recording(Actor actor) {
        return new Recording(actor.accountId(), actor.displayName(), clock.instant());
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
