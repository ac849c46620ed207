package org.briefdesk.domain.model.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;

/**
 * The database aggregates statistics are built from (统计汇总): every method is a GROUP BY query, so
 * a year of records is summed by the database rather than loaded.
 */
public interface ScoreStatistics {

    /** Items that reached the office, by unit, submitted in [start, end); combined items excluded. */
    Map<Long, Long> submissionsByUnit(Instant start, Instant end);

    /**
     * Submissions per unit in each of the consecutive spans [b0, b1), [b1, b2) … given by the sorted
     * boundaries, in one scan (the weekly quota of a month or a year without a query per week).
     */
    Map<Long, long[]> submissionsByUnitPerSpan(List<Instant> boundaries);

    /**
     * Items submitted in [start, end) by unit and judgement: {positive, negative, early warning,
     * sensitive} (正面, 负面, 预警, 敏感), for the plan's balance of information.
     */
    Map<Long, long[]> judgementsByUnit(Instant start, Instant end);

    /** The same, by author account (imported items without an author are left out). */
    Map<Long, Long> submissionsByAuthor(Instant start, Instant end);

    /** Score lines counted in [from, to], grouped by unit, kind, level and mode. */
    List<LineTotal> linesByUnit(LocalDate from, LocalDate to);

    /** Score lines counted in [from, to], grouped by author, kind, level and mode. */
    List<LineTotal> linesByAuthor(LocalDate from, LocalDate to);

    /** Adoption records (not credits) dated in [from, to], by outlet level. */
    Map<OutletLevel, Long> adoptionsByLevel(LocalDate from, LocalDate to);

    /** Each target unit of each solicitation due in [start, end), with its first answer's time. */
    List<SolicitationOutcome> solicitationOutcomes(Instant start, Instant end);

    /** Display names and unit names of accounts, by id. */
    Map<Long, String[]> accountNames(List<Long> accountIds);

    /**
     * One group of score lines.
     *
     * @param ownerId unit or author id
     */
    record LineTotal(
            long ownerId, ScoredRecord.Kind kind, String levelName, AdoptionMode mode, long count, long credited) {}

    /** @param firstAnswer when the unit's first answer reached the office, or null */
    record SolicitationOutcome(long unitId, long solicitationId, Instant deadline, Instant firstAnswer) {}
}
