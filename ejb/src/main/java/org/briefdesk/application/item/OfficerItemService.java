package org.briefdesk.application.item;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * The information officer's side of intake (信息员报送): drafts, submission, withdrawal before
 * screening and revision of returned items, always of the officer's own unit. Every change checks
 * the version the officer was looking at, so a stale form never overwrites newer work.
 */
@Stateless
public class OfficerItemService {

    public static final String STALE = "该信息已被他人修改，请刷新后重试";

    @Inject
    ItemRepository items;

    @Inject
    ChangeOutbox outbox;

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    ItemJournal journal;

    @Inject
    DocumentReader importer;

    @Inject
    SolicitationService solicitations;

    @Inject
    ReportIntake intake;

    private final Clock clock = DistrictTime.clock();

    /** A new draft of the officer's unit, optionally answering a solicitation (约稿). */
    public ItemView createDraft(Actor actor, ItemContent content, Long solicitationId) {
        return saved(draft(actor, content, solicitationId));
    }

    /**
     * Changes a draft or a returned item. The solicitation it answers is checked again as on create,
     * even when unchanged: it may have been closed since the draft was written.
     */
    public ItemView update(Actor actor, long itemId, long version, ItemContent content, Long solicitationId) {
        return saved(revise(actor, itemId, version, content, solicitationId));
    }

    /**
     * Sends the item to the office (报送). The text as sent is kept as a revision (number 1 the first
     * time; after a return only when the officer changed it), so editors can compare versions.
     */
    public ItemView submit(Actor actor, long itemId, long version) {
        return saved(send(actor, itemId, version));
    }

    private Item draft(Actor actor, ItemContent content, Long solicitationId) {
        actor.require(Role.OFFICER);
        Unit unit = units.find(actor.unitId()).orElseThrow(() -> new AccessDenied("您的账号没有所属单位，不能报送信息"));
        Item item = new Item(unit, accounts.find(actor.accountId()).orElse(null), content, clock.instant());
        if (solicitationId != null) {
            solicitations.requireAnswerable(actor, solicitationId);
            item.answer(solicitationId);
        }
        items.store(item);
        journal.changed(item, actor, AuditAction.CREATED, item.getTitle());
        return item;
    }

    private Item revise(Actor actor, long itemId, long version, ItemContent content, Long solicitationId) {
        Item item = ownCurrent(actor, itemId, version);
        if (solicitationId != null) {
            solicitations.requireAnswerable(actor, solicitationId);
        }
        item.revise(content);
        item.answer(solicitationId);
        journal.changed(item, actor, AuditAction.REVISED, item.getTitle());
        return item;
    }

    private Item send(Actor actor, long itemId, long version) {
        Item item = ownCurrent(actor, itemId, version);
        boolean resubmission = item.getStatus() == ItemStatus.RETURNED;
        item.submit(clock.instant());
        intake.submitted(actor, item, resubmission);
        return item;
    }

    /**
     * The form's 报送 button: saves the officer's text (a new draft when {@code itemId} is null) and
     * sends it, in one transaction, so the item is never left saved but unsent.
     */
    public ItemView saveAndSubmit(Actor actor, Long itemId, long version, ItemContent content, Long solicitationId) {
        Item item = itemId == null
                ? draft(actor, content, solicitationId)
                : revise(actor, itemId, version, content, solicitationId);
        return saved(send(actor, item.getId(), item.getVersion()));
    }

    /** The form's 保存 button: a new draft when {@code itemId} is null, else the changed draft. */
    public ItemView saveDraft(Actor actor, Long itemId, long version, ItemContent content, Long solicitationId) {
        return saved(
                itemId == null
                        ? draft(actor, content, solicitationId)
                        : revise(actor, itemId, version, content, solicitationId));
    }

    /** The item as saved: written first, so the view carries the version the next save must name. */
    private ItemView saved(Item item) {
        items.flush();
        return ItemView.of(item);
    }

    /** Takes a submitted item back before an editor has screened it (撤回). */
    public void withdraw(Actor actor, long itemId, long version) {
        Item item = ownCurrent(actor, itemId, version);
        item.withdraw();
        journal.changed(item, actor, AuditAction.WITHDRAWN, null);
    }

    /** 删除草稿: the officer deletes a draft of their unit; the search index forgets it too. */
    public void deleteDraft(Actor actor, long itemId, long version) {
        Item item = ownCurrent(actor, itemId, version);
        item.requireDeletable();
        items.remove(item);
        outbox.itemChanged(itemId);
    }

    /** The officer's own item as the edit form shows it. */
    public ItemView form(Actor actor, long itemId) {
        return ItemView.of(ownItem(actor, itemId));
    }

    /** The officer's own item, refused for other units' items: the one write gate of the officer's side. */
    public Item ownItem(Actor actor, long itemId) {
        actor.require(Role.OFFICER);
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        if (!actor.canSeeUnit(item.getUnit().getId())) {
            throw new AccessDenied("您只能查看和修改本单位的信息");
        }
        return item;
    }

    /** Title and body read from an uploaded Word, PDF or text file, for the form to show; nothing is saved. */
    public ImportedText importDocument(Actor actor, byte[] bytes) {
        actor.require(Role.OFFICER);
        return importer.read(bytes);
    }

    private Item ownCurrent(Actor actor, long itemId, long version) {
        Item item = ownItem(actor, itemId);
        if (item.getVersion() != version) {
            throw new BusinessRuleViolation("version", STALE);
        }
        return item;
    }
}
