package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.editorial.ColumnChoice;
import org.briefdesk.application.editorial.ColumnSuggestion;
import org.briefdesk.application.editorial.ColumnSuggestionService;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * How the open item is filed, on editor/item.xhtml: the 归入栏目 dialog with its suggested columns and
 * the 信息属性 dialog (必报类型, 正面/负面, 预警, 敏感). Both start from the item as last drawn.
 */
@Named
@ViewScoped
public class ItemClassificationBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    EditorialService editorial;

    @Inject
    ColumnSuggestionService columnSuggestions;

    @Inject
    EditorItemBean page;

    /** Read when the tag dialog first renders (its content loads on opening), not with every page. */
    private List<ColumnChoice> activeColumns;

    private List<Long> columnIds = new ArrayList<>();
    private List<ColumnSuggestion> suggestions = List.of();
    private MustReportKind flagMustReport;
    private Orientation flagOrientation;
    private boolean flagEarlyWarning;
    private boolean flagSensitive;

    @PostConstruct
    void init() {
        if (page.getItem() != null) {
            startFrom(page.getItem());
        }
    }

    void redrawn(@Observes(notifyObserver = Reception.IF_EXISTS) ItemRedrawn event) {
        startFrom(event.item());
    }

    private void startFrom(ItemView item) {
        activeColumns = null;
        columnIds = new ArrayList<>(item.columnIds());
        flagMustReport = item.flags().mustReport();
        flagOrientation = item.flags().orientation();
        flagEarlyWarning = item.flags().earlyWarning();
        flagSensitive = item.flags().sensitive();
    }

    /** Opens the tag dialog with the columns suggested from the office's tagged items like this one. */
    public void startTagging() {
        suggestions = columnSuggestions.suggest(currentUser.getActor(), page.getItemId());
    }

    /** Ticks a suggested column in the dialog; saving is still the editor's choice. */
    public void takeSuggestion(ColumnSuggestion s) {
        if (s.columnId() != null && !columnIds.contains(s.columnId())) {
            columnIds.add(s.columnId());
        }
    }

    public void tag() {
        page.act(
                () -> editorial.tag(currentUser.getActor(), page.getItemId(), page.getVersion(), columnIds),
                "栏目已保存",
                "tagDialog");
    }

    public void characterise() {
        ItemFlags flags = new ItemFlags(flagMustReport, flagOrientation, flagEarlyWarning, flagSensitive);
        page.act(
                () -> editorial.characterise(currentUser.getActor(), page.getItemId(), page.getVersion(), flags),
                "信息属性已保存",
                "flagsDialog");
    }

    public List<ColumnSuggestion> getSuggestions() {
        return suggestions;
    }

    public List<ColumnChoice> getActiveColumns() {
        if (activeColumns == null) {
            activeColumns = editorial.activeColumns(currentUser.getActor());
        }
        return activeColumns;
    }

    public List<Long> getColumnIds() {
        return columnIds;
    }

    public void setColumnIds(List<Long> columnIds) {
        this.columnIds = columnIds;
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
}
