package org.briefdesk.application.scoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.AdoptionRepository;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.adoption.OutletRepository;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.domain.shared.Recording;
import org.briefdesk.domain.shared.Text;
import org.briefdesk.domain.shared.Withdrawal;

/**
 * Adoption records (采用记录): written when a Briefdesk briefing issue is published, and entered by
 * editors when an outside publication or medium uses an item. Each one is journalled on the item and
 * rescored at once, so the statistics pages never wait for a batch. Editors withdraw a wrong record
 * (撤销) or correct it (更正: withdraw and replace) with a reason; the trail says who, when, before and
 * after, and the scores follow at once.
 */
@Stateless
public class AdoptionService {

    /** The medium of the office's own briefing titles. */
    public static final String BRIEFING_MEDIUM = "简报";

    @Inject
    AdoptionRepository adoptions;

    @Inject
    OutletRepository outlets;

    @Inject
    ItemRepository items;

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
     * Publishing a Briefdesk issue: outlet = find-or-create (briefingName, DISTRICT, "简报"); one
     * adoption per item, COMBINED for a combined item, FULL otherwise; publishing the same issue again
     * adds nothing. Called inside the publishing transaction.
     */
    public void recordBriefingPublication(
            Actor editor, String briefingName, long briefingIssueId, LocalDate publishedOn, List<Long> itemIds) {
        // Administrators record them too, when they import past issues (往期简报).
        editor.require(Role.EDITOR, Role.ADMIN);
        String name = Text.requireLine(briefingName, "briefingName", "简报名称", Outlet.NAME_MAX);
        Outlet outlet = outlets.findByName(name)
                .orElseGet(() -> outlets.store(new Outlet(name, OutletLevel.DISTRICT, BRIEFING_MEDIUM)));
        for (Long itemId : new LinkedHashSet<>(itemIds == null ? List.<Long>of() : itemIds)) {
            if (adoptions.ofBriefing(briefingIssueId, itemId).isPresent()) {
                continue;
            }
            Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除（编号" + itemId + "）"));
            AdoptionMode mode = item.isCombined() ? AdoptionMode.COMBINED : AdoptionMode.FULL;
            store(editor, new Adoption(item, outlet, mode, publishedOn, briefingIssueId, recording(editor), today()));
        }
    }

    /** An editor records that an outside publication or medium used the item. */
    public AdoptionView record(Actor editor, long itemId, long outletId, AdoptionMode mode, LocalDate adoptedOn) {
        editor.require(Role.EDITOR);
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        Outlet outlet = outlets.find(outletId).orElseThrow(() -> new NotFound("刊物不存在或已删除"));
        if (!outlet.isActive()) {
            throw new BusinessRuleViolation("outlet", "刊物“" + outlet.getName() + "”已停用");
        }
        if (adoptedOn != null && adoptions.exists(itemId, outletId, adoptedOn)) {
            throw new BusinessRuleViolation("outlet", "该信息" + adoptedOn + "被“" + outlet.getName() + "”采用已有记录");
        }
        Adoption adoption =
                store(editor, new Adoption(item, outlet, mode, adoptedOn, null, recording(editor), today()));
        // A briefing's own adoptions are announced as 刊用 by the publication; these come from outside.
        notices.toUnits(
                item.reportingUnitIds(),
                new Notification(
                        NoticeKind.ITEM_ADOPTED,
                        "“" + item.getTitle() + "”",
                        "本单位信息“" + item.getTitle() + "”被" + outlet.getName() + "采用",
                        Notification.itemLink(item.getId())));
        return AdoptionView.of(adoption);
    }

    /** 撤销: the record stops scoring; who, when and why go into the item's audit trail. */
    public AdoptionView withdraw(Actor editor, long adoptionId, String reason) {
        editor.require(Role.EDITOR);
        String why = Withdrawal.checkReason(reason);
        Adoption a = inForce(editor, adoptionId);
        a.withdraw(recording(editor), why);
        journal.changed(a.getItem(), editor, AuditAction.ADOPTION_WITHDRAWN, a.describe() + "；理由：" + why);
        ledger.rescore(a.getItem());
        return AdoptionView.of(a);
    }

    /**
     * 更正: the record is withdrawn and replaced by one with the corrected outlet, mode and date; the
     * trail names both. A record that publishing a Briefdesk issue wrote is the issue's own: it can
     * only be withdrawn.
     */
    public AdoptionView correct(
            Actor editor, long adoptionId, long outletId, AdoptionMode mode, LocalDate adoptedOn, String reason) {
        editor.require(Role.EDITOR);
        String why = Withdrawal.checkReason(reason);
        Adoption old = inForce(editor, adoptionId);
        if (old.getBriefingIssueId() != null) {
            throw new BusinessRuleViolation("adoption", "本办简报的刊用记录随简报发布生成，不能更正；如有错误请撤销");
        }
        Outlet outlet = outlets.find(outletId).orElseThrow(() -> new NotFound("刊物不存在或已删除"));
        old.withdraw(recording(editor), why);
        if (adoptedOn != null && adoptions.exists(old.getItem().getId(), outletId, adoptedOn)) {
            throw new BusinessRuleViolation("outlet", "该信息" + adoptedOn + "被“" + outlet.getName() + "”采用已有记录");
        }
        Adoption fresh =
                adoptions.store(new Adoption(old.getItem(), outlet, mode, adoptedOn, null, recording(editor), today()));
        old.replacedBy(fresh.getId());
        journal.changed(
                old.getItem(),
                editor,
                AuditAction.ADOPTION_CORRECTED,
                old.describe() + " → " + fresh.describe() + "；理由：" + why);
        ledger.rescore(old.getItem());
        return AdoptionView.of(fresh);
    }

    private Adoption inForce(Actor editor, long adoptionId) {
        Adoption a = adoptions.lock(adoptionId).orElseThrow(() -> new NotFound("采用记录不存在"));
        itemService.view(editor, a.getItem().getId());
        Withdrawal.requireInForce(a.getWithdrawal(), "adoption", "采用记录");
        return a;
    }

    /** The item's adoptions, oldest first, for whoever may see the item. */
    public List<AdoptionView> forItem(Actor actor, long itemId) {
        itemService.view(actor, itemId);
        return adoptions.ofItem(itemId).stream().map(AdoptionView::of).toList();
    }

    private Adoption store(Actor actor, Adoption adoption) {
        adoptions.store(adoption);
        journal.changed(adoption.getItem(), actor, AuditAction.ADOPTED, adoption.describe());
        ledger.rescore(adoption.getItem());
        return adoption;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Recording recording(Actor editor) {
        return new Recording(editor.accountId(), editor.displayName(), clock.instant());
    }
}
