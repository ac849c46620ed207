package org.briefdesk.domain.model.item;

import java.util.List;
import java.util.Optional;

/** Files attached to items (附件). */
public interface AttachmentRepository {

    /** The attachment with its bytes. */
    Optional<Attachment> find(long id);

    Attachment store(Attachment attachment);

    void remove(Attachment attachment);

    /** An item's attachments in upload order, without their bytes. */
    List<AttachmentInfo> of(long itemId);

    long countOf(long itemId);
}
