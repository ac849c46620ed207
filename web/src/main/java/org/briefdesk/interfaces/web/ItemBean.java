package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.NotFound;

/**
 * One item (信息详情), item.xhtml?id=N, for every role. The service decides visibility; a refused or
 * unknown id ends the request with the 403 or 404 page before anything of the item is rendered.
 */
@Named
@RequestScoped
public class ItemBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    @Inject
    AttachmentService attachmentService;

    /** Taken as text so a malformed id gets the 404 page rather than a conversion message. */
    private String id;
    private ItemView item;
    private List<AttachmentInfo> attachments = List.of();

    public void load() {
        long itemId;
        try {
            itemId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "信息不存在");
            return;
        }
        try {
            item = itemService.details(currentUser.getActor(), itemId);
            attachments = attachmentService.attachmentsOf(currentUser.getActor(), itemId);
        } catch (NotFound e) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (AccessDenied e) {
            Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
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

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }
}
