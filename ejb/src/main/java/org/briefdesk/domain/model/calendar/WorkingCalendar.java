package org.briefdesk.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which days are working days (工作日): Monday to Friday, except the holidays the calendar names, plus
 * the weekend days it names as 调休上班. A calendar with no entries is plain Monday-to-Friday.
 */
public final class WorkingCalendar {

    /** Monday to Friday, for a period nobody has entered. */
    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Map.of());

    private final Map<LocalDate, DayKind> exceptions;

    private WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = exceptions;
    }

    public static WorkingCalendar of(Collection<CalendarDay> days) {
        return new WorkingCalendar(
                days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::getKind)));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The month's first working day (a month never lacks one: the longest holiday is 9 days). */
    public LocalDate firstWorkingDay(YearMonth month) {
        LocalDate d = month.atDay(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
