package org.briefdesk.domain.model.item;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as lists show it, without its bytes. */
public record AttachmentInfo(
        long id, long itemId, String fileName, String contentType, long sizeBytes, Instant uploadedAt)
        implements Serializable {

    /** The size as people read it: 860 B, 24 KB, 3.2 MB. */
    public String sizeLabel() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return sizeBytes / 1024 + " KB";
        }
        return String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
