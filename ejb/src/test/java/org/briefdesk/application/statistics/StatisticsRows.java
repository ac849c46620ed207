package org.briefdesk.application.statistics;

import java.util.List;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.scoring.ScoreStatistics.LineTotal;
import org.briefdesk.domain.model.scoring.ScoredRecord;

/** Statistics lines as {@link StatisticsService} fills them, for tests of what is printed from them. */
public final class StatisticsRows {

    private StatisticsRows() {}

    /**
     * A unit's line: submissions at 1 point, full adoptions at 5 (区) and 20 (市) points, district
     * instructions at 20, and weeks of the quota met out of weeks counted (key units only).
     */
    public static UnitStatistics row(
            long unitId,
            String name,
            String kind,
            boolean key,
            long submitted,
            long districtFull,
            long cityFull,
            long instructions,
            int weeksMet,
            int weeks) {
        UnitStatistics r = new UnitStatistics(unitId, name, kind, key);
        r.addSubmissions(submitted, 1);
        if (districtFull > 0) {
            r.add(new LineTotal(
                    unitId, ScoredRecord.Kind.ADOPTION, "DISTRICT", AdoptionMode.FULL, districtFull, districtFull * 5));
        }
        if (cityFull > 0) {
            r.add(new LineTotal(
                    unitId, ScoredRecord.Kind.ADOPTION, "CITY", AdoptionMode.FULL, cityFull, cityFull * 20));
        }
        if (instructions > 0) {
            r.add(new LineTotal(
                    unitId, ScoredRecord.Kind.INSTRUCTION, "DISTRICT", null, instructions, instructions * 20));
        }
        for (int w = 0; w < weeks; w++) {
            r.quotaWeek(w < weeksMet);
        }
        return r;
    }

    /** Gives {@code bestFirst} their shared ranks, as the report does, and returns it. */
    public static List<UnitStatistics> ranked(List<UnitStatistics> bestFirst) {
        UnitStatistics.rank(bestFirst);
        return bestFirst;
    }

    /** The totals line of {@code rows}. */
    public static UnitStatistics totals(List<UnitStatistics> rows) {
        UnitStatistics t = new UnitStatistics(null, "合计", "", false);
        rows.forEach(t::addAll);
        return t;
    }
}
