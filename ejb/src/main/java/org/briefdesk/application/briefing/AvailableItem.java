package org.briefdesk.application.briefing;

import java.io.Serializable;
import java.time.Instant;

/**
 * An accepted, tagged item an editor may add to an issue (可编入的信息), under the first of its
 * columns in printed order.
 *
 * @param alsoIn the other issues the item is already an entry of (“已编入2026年普刊第12期（草稿）”),
 *     or null: printing it again would repeat it
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
        int chars,
        String alsoIn)
        implements Serializable {}
