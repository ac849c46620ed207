package org.briefdesk.application.editorial;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.application.UnitOfWork;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.audit.AuditRepository;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemRevision;
import org.briefdesk.domain.model.item.ItemRevisionRepository;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * The editors' actions on items (编辑处理): screening, tagging, editing and combining. Every action
 * names the version the editor saw, so when two editors act on one item the second is told to reload
 * instead of silently undoing the first. Each action answers the item as an {@link ItemView}, carrying
 * the new version, never the entity.
 */
@Stateless
public class EditorialService {

    public static final String STALE = "该信息已被其他编辑处理，请刷新后重试";

    @Inject
    ItemRepository items;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    ItemJournal journal;

    @Inject
    NoticeService notices;

    /** Only to flush, so a concurrent commit surfaces here as {@link #STALE} rather than at commit. */
    @Inject
    UnitOfWork unitOfWork;

    private final Clock clock = DistrictTime.clock();

    /** 采用待编. */
    public ItemView accept(Actor actor, long itemId, long seenVersion) {
        Item item = current(actor, itemId, seenVersion);
        item.accept();
        ItemView done = done(item, actor, AuditAction.ACCEPTED, null);
        tellUnit(item, NoticeKind.ITEM_ACCEPTED, "本单位信息“" + item.getTitle() + "”已被采用待编");
        return done;
    }

    /** 退回修改: the unit sees the reason and may revise and submit again. */
    public ItemView returnToUnit(Actor actor, long itemId, long seenVersion, String reason) {
        Item item = current(actor, itemId, seenVersion);
        item.returnToUnit(reason);
        ItemView done = done(item, actor, AuditAction.RETURNED, item.getStatusReason());
        tellUnit(item, NoticeKind.ITEM_RETURNED, "本单位信息“" + item.getTitle() + "”被退回修改，原因：" + item.getStatusReason());
        return done;
    }

    /** 不予采用. */
    public ItemView reject(Actor actor, long itemId, long seenVersion, String reason) {
        Item item = current(actor, itemId, seenVersion);
        item.reject(reason);
        ItemView done = done(item, actor, AuditAction.REJECTED, item.getStatusReason());
        tellUnit(
                item,
                NoticeKind.ITEM_REJECTED,
                "本单位信息“" + item.getTitle() + "”未予采用"
                        + (item.getStatusReason() == null ? "" : "，原因：" + item.getStatusReason()));
        return done;
    }

    /** 归入栏目: the item is in exactly the given columns afterwards; none removes every tag. */
    public ItemView tag(Actor actor, long itemId, long seenVersion, Collection<Long> columnIds) {
        Item item = current(actor, itemId, seenVersion);
        List<BriefingColumn> chosen = new ArrayList<>();
        for (Long id : columnIds == null ? List.<Long>of() : columnIds) {
            chosen.add(columns.find(id).orElseThrow(() -> new NotFound("栏目不存在或已删除")));
        }
        item.tag(chosen);
        String names = item.getColumns().stream().map(BriefingColumn::getName).collect(Collectors.joining("、"));
        return done(item, actor, AuditAction.TAGGED, names.isEmpty() ? "取消全部栏目" : "归入" + names);
    }

    /**
     * The editor judges the item (信息属性): corrects the must-report kind, marks it positive or
     * negative, early warning (预警) or sensitive (敏感). The search index follows through the outbox.
     */
    public ItemView characterise(Actor actor, long itemId, long seenVersion, ItemFlags flags) {
        Item item = current(actor, itemId, seenVersion);
        item.characterise(flags);
        return done(item, actor, AuditAction.CHARACTERISED, flags.describe());
    }

    /**
     * 编辑加工. The text as the unit sent it is kept as revision 1 on the first edit, and every edit
     * adds the next revision, so any two can be compared later.
     */
    public ItemView edit(Actor actor, long itemId, long seenVersion, String title, String bodyHtml) {
        Item item = current(actor, itemId, seenVersion);
        String oldTitle = item.getTitle();
        var oldBody = item.getBody();
        List<ItemRevision> kept = revisions.of(itemId);
        // Taken before the edit: the revision copies the item's text as it is now.
        Account author = item.getAuthor();
        ItemRevision original = new ItemRevision(
                item,
                1,
                author == null ? null : author.getId(),
                unitAuthorName(item),
                item.getSubmittedAt() == null ? item.getCreatedAt() : item.getSubmittedAt());
        item.edit(title, bodyHtml);
        if (item.getTitle().equals(oldTitle) && item.getBody().equals(oldBody)) {
            throw new BusinessRuleViolation("body", "标题和正文都没有修改");
        }
        if (kept.isEmpty()) {
            revisions.store(original);
        }
        int next = kept.isEmpty() ? 2 : kept.get(kept.size() - 1).getNumber() + 1;
        revisions.store(new ItemRevision(item, next, actor.accountId(), actor.displayName(), clock.instant()));
        return done(item, actor, AuditAction.EDITED, "第" + next + "版");
    }

    /** 标记为重复: the item repeats {@code originalId} and is not used on its own. */
    public ItemView markDuplicate(Actor actor, long itemId, long seenVersion, long originalId) {
        Item item = current(actor, itemId, seenVersion);
        Item original = items.find(originalId).orElseThrow(() -> new NotFound("原信息不存在或已删除"));
        item.markDuplicateOf(original);
        return done(
                item,
                actor,
                AuditAction.MARKED_DUPLICATE,
                "与" + original.getUnit().getShortName() + "“" + original.getTitle() + "”（编号" + originalId + "）重复");
    }

    /**
     * 综合编辑: one item of the office written from several units' reports of one event, crediting
     * every source; the sources are marked as used in it.
     *
     * @param seenVersions each source item's id and the version the editor saw, in the editor's order
     * @return the id of the combined item
     */
    public long combine(Actor actor, Map<Long, Long> seenVersions, String title, String bodyHtml) {
        actor.require(Role.EDITOR);
        List<Item> sources = new ArrayList<>();
        for (Map.Entry<Long, Long> e : new LinkedHashMap<>(seenVersions).entrySet()) {
            sources.add(current(actor, e.getKey(), e.getValue()));
        }
        Unit office = units.all().stream()
                .filter(u -> u.getKind() == UnitKind.OFFICE)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("unit", "系统中没有区创建办，无法综合编辑"));
        Account editor = accounts.find(actor.accountId()).orElseThrow(() -> new NotFound("账号不存在"));
        Item first = sources.isEmpty() ? null : sources.get(0);
        ItemContent content = new ItemContent(
                title,
                bodyHtml,
                first == null ? null : first.getEventDate(),
                sources.stream()
                        .map(Item::getMustReport)
                        .filter(k -> k != null)
                        .findFirst()
                        .orElse(null),
                sources.stream().anyMatch(Item::isUrgent),
                null);
        Item combined = items.store(Item.combine(office, editor, content, sources, clock.instant()));
        guarded(() -> {
            for (Item source : sources) {
                source.useInCombination(combined);
                journal.changed(
                        source,
                        actor,
                        AuditAction.USED_IN_COMBINATION,
                        "综合为“" + combined.getTitle() + "”（编号" + combined.getId() + "）");
            }
            journal.changed(
                    combined,
                    actor,
                    AuditAction.COMBINED,
                    "来源："
                            + sources.stream()
                                    .map(s -> s.getUnit().getShortName() + "“" + s.getTitle() + "”")
                                    .collect(Collectors.joining("；")));
        });
        return combined.getId();
    }

    /** The kept versions of an item's text, number 1 first, each with its changes (empty until the first edit). */
    public List<RevisionView> revisions(Actor actor, long itemId) {
        actor.require(Role.EDITOR);
        return RevisionView.of(revisions.of(itemId));
    }

    /** The columns an item may be tagged into, in printed order. */
    public List<ColumnChoice> activeColumns(Actor actor) {
        actor.require(Role.EDITOR);
        return columns.active().stream().map(ColumnChoice::of).toList();
    }

    /** The item's audit trail (操作记录), oldest first. */
    public List<TrailEntry> auditTrail(Actor actor, long itemId) {
        actor.require(Role.EDITOR);
        return audit.ofItem(itemId).stream().map(TrailEntry::of).toList();
    }

    private Item current(Actor actor, long itemId, long seenVersion) {
        actor.require(Role.EDITOR);
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        if (item.getVersion() != seenVersion) {
            throw new BusinessRuleViolation("version", STALE);
        }
        return item;
    }

    /** The unit that reported the item hears of the editor's decision. */
    private void tellUnit(Item item, NoticeKind kind, String text) {
        notices.toUnit(
                item.getUnit().getId(),
                new Notification(kind, "“" + item.getTitle() + "”", text, Notification.itemLink(item.getId())));
    }

    /** Journals the action and answers the item as it now is, with the version the next action names. */
    private ItemView done(Item item, Actor actor, AuditAction action, String detail) {
        guarded(() -> journal.changed(item, actor, action, detail));
        return ItemView.of(item);
    }

    /**
     * Runs the journal writes and flushes. Hibernate's version check fails in here (the journal's
     * native queries flush first) when another editor committed since this one read the item.
     */
    private void guarded(Runnable writes) {
        try {
            unitOfWork.flushAfter(writes);
        } catch (UnitOfWork.Conflict e) {
            throw new BusinessRuleViolation("version", STALE);
        }
    }

    private static String unitAuthorName(Item item) {
        Account author = item.getAuthor();
        String name = author == null ? item.getUnit().getShortName() : author.getDisplayName();
        return name.length() <= 30 ? name : name.substring(0, 30);
    }
}
