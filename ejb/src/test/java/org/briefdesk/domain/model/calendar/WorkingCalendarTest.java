package org.briefdesk.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The first working day of a month under the State Council's real arrangement for 2026:
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025年11月4日; Xinhua, e.g.
 * https://politics.gmw.cn/2025-11/04/content_38391083.htm). The 2027 notice was not at hand when this
 * was written, so 2027 is not specified here; administrators enter it when it is published.
 */
public class WorkingCalendarTest {

    /** The 2026 arrangement as an administrator enters it. */
    public static WorkingCalendar arrangement2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        workday(days, "元旦", "2026-01-04");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        workday(days, "春节", "2026-02-14");
        workday(days, "春节", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        workday(days, "劳动节", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        workday(days, "国庆节", "2026-09-20");
        workday(days, "国庆节", "2026-10-10");
        return WorkingCalendar.of(days);
    }

    @Test
    void withNothingEnteredAMonthStartingOnAWeekendBeginsOnMonday() {
        WorkingCalendar plain = WorkingCalendar.WEEKDAYS;
        assertEquals(LocalDate.of(2026, 11, 2), plain.firstWorkingDay(YearMonth.of(2026, 11))); // 1 Nov: Sunday
        assertEquals(LocalDate.of(2027, 5, 3), plain.firstWorkingDay(YearMonth.of(2027, 5))); // 1 May: Saturday
        assertEquals(LocalDate.of(2026, 12, 1), plain.firstWorkingDay(YearMonth.of(2026, 12)));
    }

    @Test
    void newYear2026IsWorkedFirstOnSundayTheFourthOfJanuary() {
        assertEquals(LocalDate.of(2026, 1, 4), arrangement2026().firstWorkingDay(YearMonth.of(2026, 1)));
    }

    @Test
    void afterTheLabourDayHolidayMayBeginsOnWednesdayTheSixth() {
        assertEquals(LocalDate.of(2026, 5, 6), arrangement2026().firstWorkingDay(YearMonth.of(2026, 5)));
    }

    @Test
    void afterTheNationalDayHolidayOctoberBeginsOnThursdayTheEighth() {
        assertEquals(LocalDate.of(2026, 10, 8), arrangement2026().firstWorkingDay(YearMonth.of(2026, 10)));
    }

    @Test
    void monthsWithoutAHolidayAtTheirStartKeepMondayToFriday() {
        WorkingCalendar c = arrangement2026();
        assertEquals(LocalDate.of(2026, 2, 2), c.firstWorkingDay(YearMonth.of(2026, 2))); // 1 Feb: Sunday
        assertEquals(LocalDate.of(2026, 6, 1), c.firstWorkingDay(YearMonth.of(2026, 6)));
        assertEquals(LocalDate.of(2026, 11, 2), c.firstWorkingDay(YearMonth.of(2026, 11)));
    }

    @Test
    void makeUpSaturdaysAreWorkedAndHolidayWeekdaysAreNot() {
        WorkingCalendar c = arrangement2026();
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 2, 14))); // Saturday, 调休上班
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 9, 20))); // Sunday, 调休上班
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 23))); // Monday, 春节
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 4, 6))); // Monday, 清明节
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 2, 21))); // an ordinary Saturday inside the holiday
    }

    @Test
    void aWeekdayCannotBeEnteredAsAMakeUpWorkingDay() {
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> new CalendarDay(LocalDate.of(2026, 10, 8), DayKind.WORKDAY, "国庆节", "admin", Instant.now()));
        assertEquals("调休上班日应为周六或周日（2026-10-08是工作日）", e.getMessage());
    }

    private static void holidays(List<CalendarDay> days, String note, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, note, "admin", Instant.EPOCH));
        }
    }

    private static void workday(List<CalendarDay> days, String note, String day) {
        days.add(new CalendarDay(LocalDate.parse(day), DayKind.WORKDAY, note, "admin", Instant.EPOCH));
    }
}
