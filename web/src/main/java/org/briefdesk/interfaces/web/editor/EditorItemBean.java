package org.briefdesk.interfaces.web.editor;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.RevisionView;
import org.briefdesk.application.editorial.TrailEntry;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * One item on the editors' desk (编辑处理), editor/item.xhtml?id=N: the text, the editor's decisions
 * (采用, 退回, 不予采用, 编辑加工), revisions and the audit trail. Filing it is {@link
 * ItemClassificationBean}'s, the items like it {@link ItemSimilarBean}'s. Each action sends the version
 * the page was drawn from; when another editor got there first the page says so and shows the item afresh.
 */
@Named
@ViewScoped
public class EditorItemBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    @Inject
    EditorialService editorial;

    @Inject
    InboxQuery inboxQuery;

    @Inject
    Event<ItemRedrawn> redrawn;

    /** Taken as text so a malformed id gets the 404 page rather than a conversion message. */
    private String id;

    private long itemId;
    private ItemView item;
    private long version;
    private List<RevisionView> revisions;
    private List<TrailEntry> trail;

    /** A combined item's sources, each with its unit: every one of them is credited. */
    private List<ItemView> sources;

    /** The waiting items before and after this one, for 上一条/下一条 and the J/K keys. */
    private InboxQuery.Neighbours neighbours;

    private String reason;
    private String editTitle;
    private String editBody;

    public void load() {
        itemId = Ids.parse(id, "信息不存在");
        refresh();
    }

    private void refresh() {
        var actor = currentUser.getActor();
        item = itemService.details(actor, itemId);
        version = item.version();
        revisions = editorial.revisions(actor, itemId);
        trail = editorial.auditTrail(actor, itemId);
        sources = item.sourceItemIds().stream()
                .map(source -> itemService.details(actor, source))
                .toList();
        editTitle = item.title();
        editBody = item.bodyHtml();
        reason = null;
        neighbours = inboxQuery.neighbours(actor, itemId);
        redrawn.fire(new ItemRedrawn(item));
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

    public void edit() {
        act(() -> editorial.edit(currentUser.getActor(), itemId, version, editTitle, editBody), "修改已保存", "editDialog");
    }

    /**
     * Runs one action of this page or its dialogs. A broken rule keeps the dialog open with its
     * message; a stale version closes it and shows the item as the other editor left it.
     */
    public void act(Runnable action, String message, String dialog) {
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

    public boolean isOpen() {
        return item != null && (item.status() == ItemStatus.SUBMITTED || item.status() == ItemStatus.ACCEPTED);
    }

    public boolean isWaiting() {
        return item != null && item.status() == ItemStatus.SUBMITTED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getItemId() {
        return itemId;
    }

    public ItemView getItem() {
        return item;
    }

    public long getVersion() {
        return version;
    }

    public InboxQuery.Neighbours getNeighbours() {
        return neighbours;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }

    public List<TrailEntry> getTrail() {
        return trail;
    }

    public List<ItemView> getSources() {
        return sources;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
}
