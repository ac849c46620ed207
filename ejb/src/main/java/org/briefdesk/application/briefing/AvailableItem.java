package org.briefdesk.application.briefing;

import java.io.Serializable;
import java.time.Instant;

/**
 * An accepted, tagged item an editor may add to an issue (可编入的信息), under the first of its
 * columns in printed order.
 */
public record AvailableItem(
        long itemId,
        String title,
        String unitName,
        Instant submittedAt,
        Long columnId,
        String columnName,
        int columnPosition,
        boolean combined,
        boolean urgent,
        int chars)
        implements Serializable {}
