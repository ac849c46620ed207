package org.briefdesk.domain.model.item;

import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.domain.model.unit.UnitKind;

/**
 * What an editor narrows the inbox (收件箱) to; every null or empty part means "any". Dates are
 * submission days in Beijing time, both ends included.
 *
 * @param sort {@code null} for the inbox order (urgent first, then oldest submission), otherwise one
 *             of {@link Sort}
 */
public record InboxFilter(Set<ItemStatus> statuses, UnitKind unitKind, Long unitId, MustReportKind mustReport,
                          boolean urgentOnly, LocalDate from, LocalDate to, String titleText, Sort sort,
                          boolean ascending) {

    /** The columns an editor may sort the inbox by. */
    public enum Sort { SUBMITTED_AT, TITLE, UNIT }

    /** Waiting items in the inbox order. */
    public static InboxFilter waiting() {
        return new InboxFilter(Set.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, null, null, true);
    }

    public InboxFilter sorted(Sort newSort, boolean newAscending) {
        return new InboxFilter(statuses, unitKind, unitId, mustReport, urgentOnly, from, to, titleText, newSort,
                newAscending);
    }
}
