package org.briefdesk.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The working calendar's entries (工作日历). */
public interface CalendarDayRepository {

    /** The entries from {@code from} to {@code to}, both included, by date. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    Optional<CalendarDay> find(LocalDate date);

    void add(CalendarDay day);

    void remove(CalendarDay day);
}
