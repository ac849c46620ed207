package org.briefdesk.application.item;

import org.briefdesk.domain.model.item.AttachmentKind;

/**
 * Reads uploaded documents (导入Word/PDF): the port the item services own, implemented where Word
 * and PDF libraries live. Both methods refuse damaged, encrypted or zip-bomb files with a
 * {@link org.briefdesk.domain.shared.BusinessRuleViolation} that the user can read.
 */
public interface DocumentReader {

    /** Title and body of a Word, PDF or text file, for the item form. */
    ImportedText read(byte[] bytes);

    /** Opens a document that is to be kept as an attachment; images and text need no opening. */
    void requireReadable(byte[] bytes, AttachmentKind kind);
}
