package org.briefdesk.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void aMonthStartingOnAWeekendHasItsFirstWorkingDayOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 2), ReportKind.firstWorkingDay(YearMonth.of(2026, 11))); // 1 Nov: Sunday
        assertEquals(LocalDate.of(2027, 5, 3), ReportKind.firstWorkingDay(YearMonth.of(2027, 5))); // 1 May: Saturday
        assertEquals(LocalDate.of(2026, 12, 1), ReportKind.firstWorkingDay(YearMonth.of(2026, 12)));
    }

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

    private static Optional<String> key(ReportKind kind, String at) {
        return kind.duePeriod(LocalDateTime.parse(at)).map(ReportKind::key);
    }
}
