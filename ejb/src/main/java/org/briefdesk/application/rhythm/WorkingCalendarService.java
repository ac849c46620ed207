package org.briefdesk.application.rhythm;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.calendar.CalendarDay;
import org.briefdesk.domain.model.calendar.CalendarDayRepository;
import org.briefdesk.domain.model.calendar.DayKind;
import org.briefdesk.domain.model.calendar.WorkingCalendar;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The office's working calendar (工作日历): administrators enter each year's holidays and 调休
 * working days from the State Council's notice; the periodic reports' "first working day" follows it.
 */
@Stateless
public class WorkingCalendarService {

    @Inject
    CalendarDayRepository days;

    private final Clock clock = DistrictTime.clock();

    public record CalendarDayView(LocalDate date, DayKind kind, String kindLabel, String note, String changedBy)
            implements Serializable {

        static CalendarDayView of(CalendarDay d) {
            return new CalendarDayView(d.getDate(), d.getKind(), d.getKind().getLabel(), d.getNote(), d.getChangedBy());
        }
    }

    /** Only administrators keep the calendar; the API asks before it reads a request's body. */
    public void requireKeeper(Actor actor) {
        actor.require(Role.ADMIN);
    }

    /** The year's entries, by date. */
    public List<CalendarDayView> year(Actor actor, int year) {
        actor.require(Role.ADMIN);
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarDayView::of)
                .toList();
    }

    /** Enters what the notice says of one day; a day entered before is replaced. */
    public CalendarDayView set(Actor actor, LocalDate date, DayKind kind, String note) {
        actor.require(Role.ADMIN);
        if (date == null) {
            throw new BusinessRuleViolation("date", "请选择日期");
        }
        var now = clock.instant();
        CalendarDay day = days.find(date).orElse(null);
        if (day == null) {
            day = new CalendarDay(date, kind, note, actor.displayName(), now);
            days.add(day);
        } else {
            day.change(kind, note, actor.displayName(), now);
        }
        return CalendarDayView.of(day);
    }

    /** The day is an ordinary one again (Monday to Friday working). */
    public void remove(Actor actor, LocalDate date) {
        actor.require(Role.ADMIN);
        days.find(date).ifPresent(days::remove);
    }

    /** The calendar around {@code month}: its days and the next month's first days it may spill into. */
    public WorkingCalendar around(YearMonth month) {
        return WorkingCalendar.of(
                days.between(month.atDay(1), month.plusMonths(1).atDay(15)));
    }

    /** Today in the district, for the page's default year. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
