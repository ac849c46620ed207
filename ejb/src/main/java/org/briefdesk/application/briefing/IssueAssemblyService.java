package org.briefdesk.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.CombinedSource;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * Assembling an issue (组稿): offering the accepted, tagged items not yet printed, adding them under
 * their column, ordering and editing entries for this issue only, and making a special issue from one
 * event's reports in one step.
 */
@Stateless
public class IssueAssemblyService {

    private static final int AVAILABLE_MAX = 300;

    @Inject
    EditableIssues editable;

    @Inject
    BriefingRepository briefings;

    @Inject
    BriefingService briefingService;

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UnitRepository units;

    @Inject
    SimilarLinkRepository similarLinks;

    /** Items that may be added, grouped by their first column in printed order, newest first inside. */
    public List<AvailableItem> available(Actor actor, long issueId) {
        actor.require(Role.EDITOR);
        editable.find(issueId);
        List<AvailableItem> out = new ArrayList<>();
        List<Item> offered = briefings.availableFor(issueId, AVAILABLE_MAX);
        Map<Long, List<BriefingIssue>> elsewhere =
                briefings.otherIssuesOf(offered.stream().map(Item::getId).toList(), issueId);
        for (Item i : offered) {
            BriefingColumn c = firstColumn(i);
            out.add(new AvailableItem(
                    i.getId(),
                    i.getTitle(),
                    sourceUnits(i),
                    i.getSubmittedAt(),
                    c == null ? null : c.getId(),
                    c == null ? null : c.getName(),
                    c == null ? 0 : c.getPosition(),
                    i.isCombined(),
                    i.isUrgent(),
                    i.getBody().length(),
                    issueLabels(elsewhere.get(i.getId()))));
        }
        out.sort(Comparator.comparingInt(AvailableItem::columnPosition)
                .thenComparing(AvailableItem::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /**
     * The headlines of this issue's entries that another issue has already published: publishing
     * would print them a second time, so the editor is asked first.
     */
    public List<String> alreadyPrinted(Actor actor, long issueId) {
        actor.require(Role.EDITOR);
        BriefingIssue issue = editable.find(issueId);
        List<BriefingEntry> entries = issue.printOrder();
        Map<Long, List<BriefingIssue>> elsewhere = briefings.otherIssuesOf(
                entries.stream().map(e -> e.getItem().getId()).toList(), issueId);
        List<String> printed = new ArrayList<>();
        for (BriefingEntry e : entries) {
            List<BriefingIssue> published = elsewhere.getOrDefault(e.getItem().getId(), List.of()).stream()
                    .filter(BriefingIssue::isPublished)
                    .toList();
            if (!published.isEmpty()) {
                printed.add("《" + e.getHeadline() + "》（已刊于" + issueLabels(published) + "）");
            }
        }
        return printed;
    }

    private static String issueLabels(List<BriefingIssue> issues) {
        if (issues == null || issues.isEmpty()) {
            return null;
        }
        return issues.stream()
                .map(i -> "《" + i.getTitle().getName() + "》" + i.getNumber().label() + (i.isPublished() ? "" : "（未发布）"))
                .collect(Collectors.joining("、"));
    }

    /** Adds the items, each under its first column (in the order given inside a column). */
    public IssueView add(Actor actor, long issueId, long seenVersion, List<Long> itemIds) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        if (itemIds == null || itemIds.isEmpty()) {
            throw new BusinessRuleViolation("items", "请先选择要编入的信息");
        }
        for (Long id : itemIds) {
            Item item = items.find(id).orElseThrow(() -> new NotFound("信息不存在或已删除"));
            issue.add(item, firstColumn(item), sourceUnits(item));
        }
        return editable.saved(issue);
    }

    public IssueView remove(Actor actor, long issueId, long seenVersion, long entryId) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.remove(entryId);
        return editable.saved(issue);
    }

    /** 上移 (-1) / 下移 (+1) inside the entry's column. */
    public IssueView shift(Actor actor, long issueId, long seenVersion, long entryId, int direction) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.shift(entryId, direction);
        return editable.saved(issue);
    }

    /** Drag and drop: to position {@code index} of column {@code columnId} (null: no column heading). */
    public IssueView move(Actor actor, long issueId, long seenVersion, long entryId, Long columnId, int index) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.moveTo(entryId, column(columnId), index);
        return editable.saved(issue);
    }

    /**
     * Edits the entry for this issue (the item keeps its text); when the editor chose another column
     * ({@code columnId} null: no column heading), the entry moves to that column's end.
     */
    public IssueView revise(
            Actor actor,
            long issueId,
            long seenVersion,
            long entryId,
            String headline,
            String bodyHtml,
            Long columnId) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.revise(entryId, headline, bodyHtml);
        BriefingColumn current = issue.entry(entryId).getColumn();
        if (!Objects.equals(current == null ? null : current.getId(), columnId)) {
            issue.moveTo(entryId, column(columnId), Integer.MAX_VALUE);
        }
        return editable.saved(issue);
    }

    private BriefingColumn column(Long columnId) {
        return columnId == null ? null : columns.find(columnId).orElseThrow(() -> new NotFound("栏目不存在或已删除"));
    }

    /**
     * 一键生成特刊: a new special issue of the item's event: the item and every usable item the duplicate
     * detection linked to it as the same event or a duplicate. A combined item stands for its sources.
     */
    public IssueView specialFromEvent(Actor actor, long titleId, IssueKind kind, LocalDate date, long itemId) {
        actor.require(Role.EDITOR);
        if (kind == IssueKind.REGULAR) {
            throw new BusinessRuleViolation("kind", "一个事件只能生成特刊、专刊或增刊");
        }
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        Set<Item> cluster = new LinkedHashSet<>();
        cluster.add(representative(item));
        for (SimilarLink link : similarLinks.of(itemId)) {
            if (link.getMatchClass() != MatchClass.RELATED) {
                items.find(link.otherSideOf(itemId)).map(this::representative).ifPresent(cluster::add);
            }
        }
        List<Item> usable = cluster.stream().filter(Item::usableInIssue).toList();
        if (usable.isEmpty()) {
            throw new BusinessRuleViolation("item", "该事件还没有采用待编的信息，请先采用或综合编辑后再生成特刊");
        }
        IssueView created = briefingService.create(actor, titleId, kind, date);
        BriefingIssue issue = editable.current(actor, created.id(), created.version());
        for (Item i : usable) {
            // One event: printed without column headings.
            issue.add(i, null, sourceUnits(i));
        }
        return editable.saved(issue);
    }

    private Item representative(Item item) {
        return item.getCombinedInto() != null ? item.getCombinedInto() : item;
    }

    private static BriefingColumn firstColumn(Item item) {
        return item.getColumns().stream()
                .min(Comparator.comparingInt(BriefingColumn::getPosition))
                .orElse(null);
    }

    /** The units credited in print: the item's own, or every source unit of a combined item. */
    private String sourceUnits(Item item) {
        if (!item.isCombined()) {
            return item.getUnit().getShortName();
        }
        return item.getSources().stream()
                .map(CombinedSource::getUnitId)
                .distinct()
                .map(id -> units.find(id).map(Unit::getShortName).orElse("（已删除单位）"))
                .collect(Collectors.joining("、"));
    }
}
