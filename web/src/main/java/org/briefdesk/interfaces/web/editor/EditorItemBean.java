package org.briefdesk.interfaces.web.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.application.editorial.ColumnChoice;
import org.briefdesk.application.editorial.ColumnSuggestion;
import org.briefdesk.application.editorial.ColumnSuggestionService;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.RevisionView;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.editorial.SimilarItemsService.SimilarItemView;
import org.briefdesk.application.editorial.TrailEntry;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.EventComparison;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.domain.model.item.SentenceDiff;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * One item on the editors' desk (编辑处理), editor/item.xhtml?id=N: the text, similar items beside
 * it, the editor's actions, revisions and the audit trail. Each action sends the version the page
 * was drawn from; when another editor got there first the page says so and shows the item afresh.
 */
@Named
@ViewScoped
public class EditorItemBean implements Serializable {

    @Inject
    ColumnSuggestionService columnSuggestions;

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    @Inject
    EditorialService editorial;

    @Inject
    SimilarItemsService similarItems;

    /** Taken as text so a malformed id gets the 404 page rather than a conversion message. */
    private String id;

    private long itemId;
    private ItemView item;
    private long version;
    private Map<MatchClass, List<SimilarItemView>> similar;
    private List<RevisionView> revisions;
    private List<TrailEntry> trail;
    /** Read when the tag dialog first renders (its content loads on opening), not with every page. */
    private List<ColumnChoice> activeColumns;

    private String reason;
    private List<Long> columnIds = new ArrayList<>();
    private List<ColumnSuggestion> suggestions = List.of();
    private MustReportKind flagMustReport;
    private Orientation flagOrientation;
    private boolean flagEarlyWarning;
    private boolean flagSensitive;
    private String editTitle;
    private String editBody;
    private Long duplicateOfId;
    /** The original's number typed by hand, when it is not among the similar items. */
    private String duplicateOfNumber;

    /** A combined item's sources, each with its unit: every one of them is credited. */
    private List<ItemView> sources;

    private ItemView compared;
    private SentenceDiff.Result comparison;
    private EventComparison.Result eventComparison;
    /** Similar items the editor ticked to combine with this one (综合编辑). */
    private List<Long> combineWith = new ArrayList<>();

    private InboxQuery.Neighbours neighbours;

    @Inject
    InboxQuery inboxQuery;

    public void load() {
        itemId = Ids.parse(id, "信息不存在");
        refresh();
    }

    private void refresh() {
        var actor = currentUser.getActor();
        item = itemService.details(actor, itemId);
        version = item.version();
        similar = new LinkedHashMap<>();
        for (SimilarItemView v : similarItems.similarTo(actor, itemId)) {
            similar.computeIfAbsent(v.matchClass(), c -> new ArrayList<>()).add(v);
        }
        revisions = editorial.revisions(actor, itemId);
        trail = editorial.auditTrail(actor, itemId);
        activeColumns = null;
        sources = item.sourceItemIds().stream()
                .map(source -> itemService.details(actor, source))
                .toList();
        columnIds = new ArrayList<>(item.columnIds());
        flagMustReport = item.flags().mustReport();
        flagOrientation = item.flags().orientation();
        flagEarlyWarning = item.flags().earlyWarning();
        flagSensitive = item.flags().sensitive();
        editTitle = item.title();
        editBody = item.bodyHtml();
        reason = null;
        duplicateOfId = null;
        duplicateOfNumber = null;
        combineWith = new ArrayList<>();
        neighbours = inboxQuery.neighbours(actor, itemId);
    }

    /** The waiting items before and after this one, for 上一条/下一条 and the J/K keys. */
    public EventComparison.Result getEventComparison() {
        return eventComparison;
    }

    /** A list of facts as one line: 12月5日、海淀街道. */
    public String joined(List<String> facts) {
        return String.join("、", facts);
    }

    public InboxQuery.Neighbours getNeighbours() {
        return neighbours;
    }

    public void accept() {
        act(() -> editorial.accept(currentUser.getActor(), itemId, version), "已采用待编", null);
    }

    public void returnToUnit() {
        act(() -> editorial.returnToUnit(currentUser.getActor(), itemId, version, reason), "已退回修改", "returnDialog");
    }

    public void reject() {
        act(() -> editorial.reject(currentUser.getActor(), itemId, version, reason), "已不予采用", "rejectDialog");
    }

    /** Opens the tag dialog with the columns suggested from the office's tagged items like this one. */
    public void startTagging() {
        suggestions = columnSuggestions.suggest(currentUser.getActor(), itemId);
    }

    /** Ticks a suggested column in the dialog; saving is still the editor's choice. */
    public void takeSuggestion(ColumnSuggestion s) {
        if (s.columnId() != null && !columnIds.contains(s.columnId())) {
            columnIds.add(s.columnId());
        }
    }

    public List<ColumnSuggestion> getSuggestions() {
        return suggestions;
    }

    public void tag() {
        act(() -> editorial.tag(currentUser.getActor(), itemId, version, columnIds), "栏目已保存", "tagDialog");
    }

    public void characterise() {
        ItemFlags flags = new ItemFlags(flagMustReport, flagOrientation, flagEarlyWarning, flagSensitive);
        act(() -> editorial.characterise(currentUser.getActor(), itemId, version, flags), "信息属性已保存", "flagsDialog");
    }

    public MustReportKind[] getMustReportKinds() {
        return MustReportKind.values();
    }

    public Orientation[] getOrientations() {
        return Orientation.values();
    }

    public MustReportKind getFlagMustReport() {
        return flagMustReport;
    }

    public void setFlagMustReport(MustReportKind flagMustReport) {
        this.flagMustReport = flagMustReport;
    }

    public Orientation getFlagOrientation() {
        return flagOrientation;
    }

    public void setFlagOrientation(Orientation flagOrientation) {
        this.flagOrientation = flagOrientation;
    }

    public boolean isFlagEarlyWarning() {
        return flagEarlyWarning;
    }

    public void setFlagEarlyWarning(boolean flagEarlyWarning) {
        this.flagEarlyWarning = flagEarlyWarning;
    }

    public boolean isFlagSensitive() {
        return flagSensitive;
    }

    public void setFlagSensitive(boolean flagSensitive) {
        this.flagSensitive = flagSensitive;
    }

    public void edit() {
        act(() -> editorial.edit(currentUser.getActor(), itemId, version, editTitle, editBody), "修改已保存", "editDialog");
    }

    public void markDuplicate() {
        Long original = duplicateOfId;
        if (duplicateOfNumber != null && !duplicateOfNumber.isBlank()) {
            try {
                original = Long.parseLong(duplicateOfNumber.strip());
            } catch (NumberFormatException e) {
                Pages.error(new BusinessRuleViolation("duplicateOf", "信息编号应为数字"));
                return;
            }
        }
        if (original == null) {
            Pages.error(new BusinessRuleViolation("duplicateOf", "请选择或输入原信息"));
            return;
        }
        long originalId = original;
        act(
                () -> editorial.markDuplicate(currentUser.getActor(), itemId, version, originalId),
                "已标记为重复",
                "duplicateDialog");
    }

    /**
     * Runs one action. A broken rule keeps the dialog open with its message; a stale version closes
     * it and shows the item as the other editor left it.
     */
    private void act(Runnable action, String message, String dialog) {
        try {
            action.run();
        } catch (BusinessRuleViolation e) {
            if (!"version".equals(e.field())) {
                Pages.error(e);
                return;
            }
            Pages.error(e.getMessage());
            refresh();
            hide(dialog);
            return;
        }
        Pages.info(message);
        refresh();
        hide(dialog);
    }

    private static void hide(String dialog) {
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    /** 对比: this item beside a similar one, changed sentences marked. */
    public void compareWith(long otherId) {
        compared = itemService.details(currentUser.getActor(), otherId);
        comparison = SentenceDiff.compare(compared.bodyText(), item.bodyText());
        eventComparison = EventComparison.compare(compared.bodyText(), item.bodyText());
        PrimeFaces.current().executeScript("PF('compareDialog').show()");
    }

    /** 与本条综合编辑: this item and the ticked ones on the combine page, this one first. */
    public void combine() {
        if (combineWith == null || combineWith.isEmpty()) {
            Pages.error("请勾选要一起综合编辑的信息");
            return;
        }
        List<Long> ids = new ArrayList<>(List.of(itemId));
        combineWith.stream().filter(other -> !ids.contains(other)).forEach(ids::add);
        Pages.redirect(
                "/editor/combine.xhtml?ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /**
     * Reports of the same event (or duplicates) the editor may combine with this one: only while this
     * item is open and neither combined nor used in a combination; the combine page checks the others.
     */
    public List<SimilarItemView> getCombineCandidates() {
        if (!isOpen() || item.combined() || item.combinedIntoId() != null) {
            return List.of();
        }
        return getAllSimilar().stream()
                .filter(v -> v.matchClass() == MatchClass.SAME_EVENT || v.matchClass() == MatchClass.DUPLICATE)
                .toList();
    }

    public List<Long> getCombineWith() {
        return combineWith;
    }

    public void setCombineWith(List<Long> combineWith) {
        this.combineWith = combineWith;
    }

    public boolean isOpen() {
        return item != null && (item.status() == ItemStatus.SUBMITTED || item.status() == ItemStatus.ACCEPTED);
    }

    public boolean isWaiting() {
        return item != null && item.status() == ItemStatus.SUBMITTED;
    }

    public List<MatchClass> getSimilarClasses() {
        return new ArrayList<>(similar.keySet());
    }

    public List<SimilarItemView> similarOf(MatchClass c) {
        return similar.getOrDefault(c, List.of());
    }

    public List<SimilarItemView> getAllSimilar() {
        return similar.values().stream()
                .flatMap(List::stream)
                .filter(SimilarItemView::visible)
                .toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ItemView getItem() {
        return item;
    }

    public long getVersion() {
        return version;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }

    public List<TrailEntry> getTrail() {
        return trail;
    }

    public List<ColumnChoice> getActiveColumns() {
        if (activeColumns == null) {
            activeColumns = editorial.activeColumns(currentUser.getActor());
        }
        return activeColumns;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Long> getColumnIds() {
        return columnIds;
    }

    public void setColumnIds(List<Long> columnIds) {
        this.columnIds = columnIds;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public String getDuplicateOfNumber() {
        return duplicateOfNumber;
    }

    public void setDuplicateOfNumber(String duplicateOfNumber) {
        this.duplicateOfNumber = duplicateOfNumber;
    }

    public List<ItemView> getSources() {
        return sources;
    }

    public ItemView getCompared() {
        return compared;
    }

    public SentenceDiff.Result getComparison() {
        return comparison;
    }
}
