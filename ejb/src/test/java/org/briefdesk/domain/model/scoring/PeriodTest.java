package org.briefdesk.domain.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aWeekStartsOnMondayAndMayCrossTheEndOfAMonth() {
        Period week = Period.weekOf(LocalDate.of(2026, 12, 2)); // a Wednesday
        assertEquals(LocalDate.of(2026, 11, 30), week.from());
        assertEquals(LocalDate.of(2026, 12, 6), week.to());
        assertEquals("2026年11月30日—12月6日", week.label());
        assertEquals(week, Period.weekOf(LocalDate.of(2026, 11, 30)));
        assertEquals(week, Period.weekOf(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void periodBoundariesAreMidnightInBeijingNotUtc() {
        Period november = Period.month(YearMonth.of(2026, 11));
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), november.start());
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), november.end());
        // 1 December 00:30 in Beijing is still 30 November in UTC, but belongs to December.
        assertFalse(november.contains(Instant.parse("2026-11-30T16:30:00Z")));
        assertTrue(november.contains(Instant.parse("2026-11-30T15:59:59Z")));
    }

    @Test
    void aMonthsQuotaWeeksAreThoseStartingInItThatHaveEnded() {
        Period november = Period.month(YearMonth.of(2026, 11));
        List<Period> weeks = november.quotaWeeks(LocalDate.of(2026, 12, 15));
        assertEquals(
                List.of(
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 30)),
                weeks.stream().map(Period::from).toList());
        // the week 30 Nov – 6 Dec is counted in November; on 3 December it has not ended yet
        assertEquals(4, november.quotaWeeks(LocalDate.of(2026, 12, 3)).size());
        assertEquals(
                0,
                Period.month(YearMonth.of(2026, 12))
                        .quotaWeeks(LocalDate.of(2026, 12, 3))
                        .size());
    }

    @Test
    void quartersHalfYearsAndYearsHaveChineseLabels() {
        assertEquals("2026年第四季度", Period.quarter(2026, 4).label());
        assertEquals(LocalDate.of(2026, 12, 31), Period.quarter(2026, 4).to());
        assertEquals("2026年上半年", Period.halfYear(2026, 1).label());
        assertEquals(LocalDate.of(2026, 6, 30), Period.halfYear(2026, 1).to());
        assertEquals("2026年度", Period.year(2026).label());
        assertEquals(Period.quarter(2026, 3), Period.containing(Period.Kind.QUARTER, LocalDate.of(2026, 9, 30)));
        assertEquals(Period.halfYear(2026, 2), Period.containing(Period.Kind.HALF_YEAR, LocalDate.of(2026, 7, 1)));
    }

    @Test
    void anInvertedOrImpossiblePeriodIsRefused() {
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Period(Period.Kind.MONTH, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
        assertThrows(BusinessRuleViolation.class, () -> Period.quarter(2026, 5));
    }
}
