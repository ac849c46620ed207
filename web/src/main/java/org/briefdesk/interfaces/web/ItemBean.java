package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.AttachmentInfo;

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
        long itemId = Ids.parse(id, "信息不存在");
        item = itemService.details(currentUser.getActor(), itemId);
        attachments = attachmentService.attachmentsOf(currentUser.getActor(), itemId);
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
