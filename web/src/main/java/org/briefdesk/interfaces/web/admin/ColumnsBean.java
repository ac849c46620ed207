package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.column.ColumnService;
import org.briefdesk.application.column.ColumnView;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

/**
 * Briefing columns (栏目管理): add, rename, reorder (arrows or dragging rows), retire and restore. Rows
 * are {@link ColumnView} records.
 */
@Named
@ViewScoped
public class ColumnsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    ColumnService columnService;

    private List<ColumnView> rows;
    private String newName;
    private Long renamingId;
    private String rename;

    @PostConstruct
    void load() {
        rows = new ArrayList<>(columnService.all());
    }

    public void add() {
        ColumnView added = columnService.add(currentUser.getActor(), newName);
        Pages.info("栏目“" + added.name() + "”已添加");
        newName = null;
        load();
    }

    public void startRename(ColumnView row) {
        renamingId = row.id();
        rename = row.name();
    }

    /** Saves the rename dialog; a broken rule keeps it open with the message. */
    public void saveRename() {
        ColumnView renamed = columnService.rename(currentUser.getActor(), renamingId, rename);
        Pages.info("栏目已改名为“" + renamed.name() + "”");
        load();
        PrimeFaces.current().executeScript("PF('renameDialog').hide()");
        PrimeFaces.current().ajax().update("columnsForm:columns", "growl");
    }

    public void moveUp(ColumnView row) {
        int index = rows.indexOf(row);
        if (index > 0) {
            columnService.move(currentUser.getActor(), row.id(), index);
            load();
        }
    }

    public void moveDown(ColumnView row) {
        int index = rows.indexOf(row);
        if (index >= 0 && index < rows.size() - 1) {
            columnService.move(currentUser.getActor(), row.id(), index + 2);
            load();
        }
    }

    /**
     * A row was dragged: PrimeFaces has already moved it in the table's list, so the list's order is
     * the columns' new order.
     */
    public void onRowReorder(ReorderEvent event) {
        columnService.reorder(
                currentUser.getActor(), rows.stream().map(ColumnView::id).toList());
        Pages.info("栏目顺序已保存");
        load();
    }

    public void retire(ColumnView row) {
        columnService.retire(currentUser.getActor(), row.id());
        Pages.info("栏目“" + row.name() + "”已停用，已归入的信息和往期简报不受影响");
        load();
    }

    public void restore(ColumnView row) {
        columnService.restore(currentUser.getActor(), row.id());
        Pages.info("栏目“" + row.name() + "”已恢复");
        load();
    }

    public List<ColumnView> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }
}
