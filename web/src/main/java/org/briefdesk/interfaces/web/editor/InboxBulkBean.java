package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.ColumnChoice;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery.InboxRow;
import org.briefdesk.domain.model.item.StockReturnReason;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * Bulk actions on the ticked rows of the inbox (批量处理): accept, tag into columns, return with a
 * stock or written reason. Each item is handled in its own transaction, so one item another
 * editor has just handled is named and skipped, and the others are done.
 */
@Named
@ViewScoped
public class InboxBulkBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    EditorialService editorial;

    @Inject
    InboxBean inbox;

    private List<ColumnChoice> columns;
    private List<Long> columnIds = new ArrayList<>();
    private StockReturnReason stockReason;
    private String writtenReason;

    @PostConstruct
    void init() {
        columns = editorial.activeColumns(currentUser.getActor());
    }

    /** One item's action; a refusal is the item's, not the whole batch's. */
    private interface Action {
        void on(Actor actor, long itemId, long version);
    }

    private void each(String done, Action action) {
        List<InboxRow> rows = inbox.getSelected() == null ? List.of() : inbox.getSelected();
        if (rows.isEmpty()) {
            Pages.error("请先勾选要处理的信息");
            return;
        }
        Actor actor = currentUser.getActor();
        int ok = 0;
        List<String> refused = new ArrayList<>();
        for (InboxRow r : rows) {
            try {
                action.on(actor, r.item().id(), r.item().version());
                ok++;
            } catch (BusinessRuleViolation | NotFound | AccessDenied e) {
                refused.add("“" + r.item().title() + "”：" + e.getMessage());
            }
        }
        if (ok > 0) {
            Pages.info(done + ok + "条信息");
        }
        if (!refused.isEmpty()) {
            Pages.error(refused.size() + "条未处理：" + String.join("；", refused));
        }
        inbox.setSelected(new ArrayList<>());
    }

    /** 批量采用. */
    public void accept() {
        each("已采用", (actor, id, version) -> editorial.accept(actor, id, version));
    }

    /** 批量归入栏目: the chosen columns replace each item's columns. */
    public void tag() {
        if (columnIds == null || columnIds.isEmpty()) {
            Pages.error("请至少选择一个栏目");
            return;
        }
        List<Long> chosen = List.copyOf(columnIds);
        each("已归入栏目", (actor, id, version) -> editorial.tag(actor, id, version, chosen));
    }

    /** 批量退回: a stock reason, the editor's own words, or both. */
    public void returnToUnits() {
        String reason = StockReturnReason.compose(stockReason, writtenReason);
        if (reason.isEmpty()) {
            Pages.error("请选择或填写退回原因");
            return;
        }
        each("已退回", (actor, id, version) -> editorial.returnToUnit(actor, id, version, reason));
        stockReason = null;
        writtenReason = null;
    }

    public List<ColumnChoice> getColumns() {
        return columns;
    }

    public List<Long> getColumnIds() {
        return columnIds;
    }

    public void setColumnIds(List<Long> columnIds) {
        this.columnIds = columnIds;
    }

    public StockReturnReason[] getStockReasons() {
        return StockReturnReason.values();
    }

    public StockReturnReason getStockReason() {
        return stockReason;
    }

    public void setStockReason(StockReturnReason stockReason) {
        this.stockReason = stockReason;
    }

    public String getWrittenReason() {
        return writtenReason;
    }

    public void setWrittenReason(String writtenReason) {
        this.writtenReason = writtenReason;
    }
}
