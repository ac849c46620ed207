package org.briefdesk.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.briefdesk.domain.model.calendar.WorkingCalendar;
import org.briefdesk.domain.model.calendar.WorkingCalendarTest;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void lastMonthsReportIsDueFromEightOnTheFirstWorkingDayUntilTheMonthEnds() {
        assertEquals(Optional.empty(), key(ReportKind.MONTHLY, "2026-11-01T10:00"));
        assertEquals(Optional.empty(), key(ReportKind.MONTHLY, "2026-11-02T07:59"));
        assertEquals(Optional.of("2026-10"), key(ReportKind.MONTHLY, "2026-11-02T08:00"));
        assertEquals(Optional.of("2026-10"), key(ReportKind.MONTHLY, "2026-11-30T23:00"));
    }

    @Test
    void januaryBringsTheFourthQuarterTheSecondHalfAndTheYear() {
        String firstWorkingDay = "2027-01-01T09:00"; // a Friday
        assertEquals(Optional.of("2026-12"), key(ReportKind.MONTHLY, firstWorkingDay));
        assertEquals(Optional.of("2026-Q4"), key(ReportKind.QUARTERLY, firstWorkingDay));
        assertEquals(Optional.of("2026-H2"), key(ReportKind.HALF_YEAR, firstWorkingDay));
        assertEquals(Optional.of("2026"), key(ReportKind.ANNUAL, firstWorkingDay));
        assertTrue(key(ReportKind.QUARTERLY, "2027-02-01T09:00").isEmpty());
        assertTrue(key(ReportKind.ANNUAL, "2027-07-01T09:00").isEmpty());
        assertEquals(Optional.of("2027-H1"), key(ReportKind.HALF_YEAR, "2027-07-01T09:00"));
    }

    @Test
    void afterTheNationalDayHolidayOf2026SeptembersReportWaitsForTheEighthOfOctober() {
        WorkingCalendar calendar = WorkingCalendarTest.arrangement2026();
        assertEquals(Optional.empty(), key(ReportKind.MONTHLY, "2026-10-01T09:00", calendar));
        assertEquals(Optional.empty(), key(ReportKind.MONTHLY, "2026-10-07T09:00", calendar));
        assertEquals(Optional.of("2026-09"), key(ReportKind.MONTHLY, "2026-10-08T08:00", calendar));
        assertEquals(Optional.of("2026-Q3"), key(ReportKind.QUARTERLY, "2026-10-08T08:00", calendar));
    }

    /** With nothing entered in the calendar, Monday to Friday. */
    private static Optional<String> key(ReportKind kind, String at) {
        return key(kind, at, WorkingCalendar.WEEKDAYS);
    }

    private static Optional<String> key(ReportKind kind, String at, WorkingCalendar calendar) {
        return kind.duePeriod(LocalDateTime.parse(at), calendar).map(ReportKind::key);
    }
}
