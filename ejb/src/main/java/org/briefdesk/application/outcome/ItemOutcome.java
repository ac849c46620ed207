package org.briefdesk.application.outcome;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.item.ItemStatus;

/**
 * One of the officer's items and its fate (信息去向), as the officer may see it: the leader's words
 * on it, but nothing of another unit's item. A source of a combined item reads “被综合采用” and
 * shows the combined item's issue, adoptions and 批示 as its own, since that is how it was used.
 *
 * @param statusLabel   the status in the officer's words (被综合采用 for a combined source)
 * @param combinedInto  the headline of the combined item this one went into, or null
 * @param printedIn     the published issues that printed it (or the combined item)
 * @param adoptions     adoptions upward: 《人民日报》国家级·全文采用（2026年12月1日）
 * @param points        the points this item earned, with each rule's explanation in {@code pointLines}
 */
public record ItemOutcome(
        long id,
        long version,
        String title,
        ItemStatus status,
        String statusLabel,
        String statusReason,
        Instant submittedAt,
        boolean urgent,
        List<String> columns,
        String combinedInto,
        List<String> printedIn,
        List<String> adoptions,
        List<LeaderWords> instructions,
        long points,
        List<String> pointLines)
        implements Serializable {

    /** A leader's 批示 in the leader's own words. */
    public record LeaderWords(String leader, LocalDate on, String text) implements Serializable {}

    /** Only a draft may be deleted by its unit. */
    public boolean deletable() {
        return status == ItemStatus.DRAFT;
    }

    /** One line of a list for the page: 工作动态、典型案例. */
    public String joined(List<String> parts, String separator) {
        return String.join(separator, parts);
    }

    /** Whether there is anything beyond the status to tell. */
    public boolean hasNews() {
        return combinedInto != null
                || !printedIn.isEmpty()
                || !adoptions.isEmpty()
                || !instructions.isEmpty()
                || points > 0;
    }
}
