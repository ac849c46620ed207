package org.briefdesk.domain.model.item;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.briefdesk.domain.model.unit.UnitKind;

/**
 * What an editor narrows the inbox (收件箱) to; every null or empty part means "any". Dates are
 * submission days in Beijing time, both ends included.
 *
 * @param sort {@code null} for the inbox order (urgent first, then oldest submission), otherwise one
 *             of {@link Sort}
 * @param flag items carrying this judgement (正面/负面/预警/敏感), or null for any
 */
public record InboxFilter(
        Set<ItemStatus> statuses,
        UnitKind unitKind,
        Long unitId,
        MustReportKind mustReport,
        boolean urgentOnly,
        LocalDate from,
        LocalDate to,
        String titleText,
        Sort sort,
        boolean ascending,
        ItemFlags.Flag flag) {

    /** A filter that asks nothing of the items' judgement. */
    public InboxFilter(
            Set<ItemStatus> statuses,
            UnitKind unitKind,
            Long unitId,
            MustReportKind mustReport,
            boolean urgentOnly,
            LocalDate from,
            LocalDate to,
            String titleText,
            Sort sort,
            boolean ascending) {
        this(statuses, unitKind, unitId, mustReport, urgentOnly, from, to, titleText, sort, ascending, null);
    }

    /** The columns an editor may sort the inbox by. */
    public enum Sort {
        SUBMITTED_AT,
        TITLE,
        UNIT
    }

    /** Waiting items in the inbox order. */
    public static InboxFilter waiting() {
        return new InboxFilter(Set.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, null, null, true);
    }

    /**
     * The filter narrowed to what reached the office: the inbox never lists a unit's draft or
     * withdrawn item, whatever statuses were asked for. Its statuses are never "any": empty means
     * that only drafts or withdrawn items were asked for, and nothing may be listed.
     */
    public InboxFilter reachedOffice() {
        Set<ItemStatus> visible = EnumSet.noneOf(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            if (s.reachedOffice() && (statuses == null || statuses.isEmpty() || statuses.contains(s))) {
                visible.add(s);
            }
        }
        return new InboxFilter(
                visible, unitKind, unitId, mustReport, urgentOnly, from, to, titleText, sort, ascending, flag);
    }

    public InboxFilter sorted(Sort newSort, boolean newAscending) {
        return new InboxFilter(
                statuses, unitKind, unitId, mustReport, urgentOnly, from, to, titleText, newSort, newAscending, flag);
    }
}
