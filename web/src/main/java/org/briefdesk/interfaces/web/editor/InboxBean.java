package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.InboxQuery.InboxRow;
import org.briefdesk.application.unit.UnitChoice;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The editors' inbox (收件箱), editor/inbox.xhtml: filters above a lazily paged table, urgent items
 * first, similar-item badges, event groups, and the start of a combined item (综合编辑).
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    /** Group colours cycle through this many CSS classes (bd-group-0 …). */
    private static final int GROUP_COLOURS = 6;

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxQuery inboxQuery;

    @Inject
    UnitService unitService;

    private List<ItemStatus> statuses = new ArrayList<>(List.of(ItemStatus.SUBMITTED));
    private UnitKind unitKind;
    private Long unitId;
    private MustReportKind mustReport;
    private ItemFlags.Flag flag;
    private boolean urgentOnly;
    private LocalDate from;
    private LocalDate to;
    private String titleText;

    private final Model model = new Model();
    private List<InboxRow> selected = new ArrayList<>();
    private List<UnitChoice> units;

    @PostConstruct
    void init() {
        units = unitService.reporting();
    }

    /** Applies the filters; the table goes back to its first page. */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Pages.error("开始日期不能晚于结束日期");
        }
        selected = new ArrayList<>();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("inboxForm:inbox") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void reset() {
        statuses = new ArrayList<>(List.of(ItemStatus.SUBMITTED));
        unitKind = null;
        unitId = null;
        mustReport = null;
        flag = null;
        urgentOnly = false;
        from = null;
        to = null;
        titleText = null;
        selected = new ArrayList<>();
    }

    /** 综合编辑 of the ticked rows. */
    public void combineSelected() {
        if (selected == null || selected.size() < 2) {
            Pages.error("请至少勾选两条信息再综合编辑");
            return;
        }
        Pages.redirect("/editor/combine.xhtml?ids="
                + selected.stream().map(r -> String.valueOf(r.item().id())).collect(Collectors.joining(",")));
    }

    /** 合并编辑此组: every item of the row's event group. */
    public void combineGroup(InboxRow row) {
        Pages.redirect("/editor/combine.xhtml?ids="
                + row.group().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public String groupStyle(InboxRow row) {
        return row.grouped() ? "bd-grouped bd-group-" + (row.groupKey() % GROUP_COLOURS) : "";
    }

    private InboxFilter filter() {
        EnumSet<ItemStatus> set =
                statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ItemStatus.class) : EnumSet.copyOf(statuses);
        boolean badRange = from != null && to != null && from.isAfter(to);
        return new InboxFilter(
                set,
                unitKind,
                unitId,
                mustReport,
                urgentOnly,
                badRange ? null : from,
                badRange ? null : to,
                titleText,
                null,
                true,
                flag);
    }

    /** The page of rows PrimeFaces asks for; rows seen on earlier pages stay known for the selection. */
    public class Model extends LazyDataModel<InboxRow> {

        private final Map<String, InboxRow> seen = new HashMap<>();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inboxQuery.count(currentUser.getActor(), filter());
        }

        @Override
        public List<InboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            InboxFilter f = filter();
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                InboxFilter.Sort sort = switch (s.getField()) {
                    case "title" -> InboxFilter.Sort.TITLE;
                    case "unit" -> InboxFilter.Sort.UNIT;
                    default -> InboxFilter.Sort.SUBMITTED_AT;
                };
                f = f.sorted(sort, s.getOrder() == SortOrder.ASCENDING);
            }
            List<InboxRow> rows = inboxQuery.page(currentUser.getActor(), f, first, pageSize);
            rows.forEach(r -> seen.put(getRowKey(r), r));
            return rows;
        }

        @Override
        public String getRowKey(InboxRow row) {
            return String.valueOf(row.item().id());
        }

        @Override
        public InboxRow getRowData(String rowKey) {
            return seen.get(rowKey);
        }
    }

    public Model getModel() {
        return model;
    }

    public List<InboxRow> getSelected() {
        return selected;
    }

    public void setSelected(List<InboxRow> selected) {
        this.selected = selected;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    /** The statuses an editor may filter by: a unit's draft or withdrawn item never reaches the inbox. */
    public ItemStatus[] getAllStatuses() {
        return Arrays.stream(ItemStatus.values())
                .filter(ItemStatus::reachedOffice)
                .toArray(ItemStatus[]::new);
    }

    public UnitKind[] getUnitKinds() {
        return new UnitKind[] {UnitKind.GONGWEI, UnitKind.DEPARTMENT, UnitKind.STREET_TOWN};
    }

    public ItemFlags.Flag[] getFlags() {
        return ItemFlags.Flag.values();
    }

    public ItemFlags.Flag getFlag() {
        return flag;
    }

    public void setFlag(ItemFlags.Flag flag) {
        this.flag = flag;
    }

    public MustReportKind[] getMustReportKinds() {
        return MustReportKind.values();
    }

    public List<ItemStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<ItemStatus> statuses) {
        this.statuses = statuses;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public void setUnitKind(UnitKind unitKind) {
        this.unitKind = unitKind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public MustReportKind getMustReport() {
        return mustReport;
    }

    public void setMustReport(MustReportKind mustReport) {
        this.mustReport = mustReport;
    }

    public boolean isUrgentOnly() {
        return urgentOnly;
    }

    public void setUrgentOnly(boolean urgentOnly) {
        this.urgentOnly = urgentOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTitleText() {
        return titleText;
    }

    public void setTitleText(String titleText) {
        this.titleText = titleText;
    }
}
