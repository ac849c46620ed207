package org.briefdesk.application.item;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.model.item.AttachmentRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Files attached to items (附件). Officers add and remove them on their own unit's drafts and
 * returned items; whoever may read an item may download its files.
 */
@Stateless
public class AttachmentService {

    @Inject
    AttachmentRepository attachments;

    @Inject
    OfficerItemService officerItems;

    @Inject
    ItemService itemService;

    @Inject
    DocumentReader importer;

    @Inject
    ItemJournal journal;

    private final Clock clock = DistrictTime.clock();

    /** Adds a file; documents must open (no damaged or zip-bomb Word files reach the editors). */
    public AttachmentInfo attach(Actor actor, long itemId, String fileName, byte[] bytes) {
        Item item = officerItems.ownItem(actor, itemId);
        Attachment attachment = new Attachment(item, attachments.countOf(itemId), fileName, bytes, clock.instant());
        importer.requireReadable(bytes, AttachmentKind.detect(bytes));
        attachments.store(attachment);
        journal.changed(item, actor, AuditAction.ATTACHED, attachment.getFileName());
        return info(attachment);
    }

    public void removeAttachment(Actor actor, long attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(() -> new NotFound("附件不存在或已删除"));
        Item item = officerItems.ownItem(actor, attachment.getItemId());
        if (!item.getStatus().editableByUnit()) {
            throw new BusinessRuleViolation(
                    "file", "只有草稿或退回修改的信息可以删除附件（当前状态：" + item.getStatus().getLabel() + "）");
        }
        attachments.remove(attachment);
        journal.changed(item, actor, AuditAction.REVISED, "删除附件：" + attachment.getFileName());
    }

    /** The item's files, for whoever may read the item. */
    public List<AttachmentInfo> attachmentsOf(Actor actor, long itemId) {
        itemService.view(actor, itemId);
        return attachments.of(itemId);
    }

    /** A file with its bytes; refused exactly as its item would be. */
    public AttachmentFile download(Actor actor, long attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(() -> new NotFound("附件不存在或已删除"));
        itemService.view(actor, attachment.getItemId());
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getData());
    }

    /** An attachment as a download sends it. */
    public record AttachmentFile(String fileName, String contentType, byte[] data) {}

    private static AttachmentInfo info(Attachment a) {
        return new AttachmentInfo(
                a.getId(), a.getItemId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getUploadedAt());
    }
}
