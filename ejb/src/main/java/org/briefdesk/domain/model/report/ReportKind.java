package org.briefdesk.domain.model.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import org.briefdesk.domain.model.calendar.WorkingCalendar;
import org.briefdesk.domain.model.scoring.Period;

/**
 * The kinds of periodic report and when each falls due: on the first working day of the month after
 * its period (by the office's {@link WorkingCalendar}: holidays and 调休 included), from 08:00, and for the rest of that month (a server that was down
 * that morning catches up; outside that month nothing old is produced after an installation).
 */
public enum ReportKind {
    MONTHLY("月度通报", "宣传信息工作通报"),
    QUARTERLY("季度通报", "宣传信息工作季度通报"),
    HALF_YEAR("半年考评排名", "宣传信息工作半年考评通报"),
    ANNUAL("年度考评排名", "宣传信息工作年度考评通报");

    /** The hour of the first working day from which the report is due. */
    public static final LocalTime DUE_AT = LocalTime.of(8, 0);

    private final String label;
    private final String title;

    ReportKind(String label, String title) {
        this.label = label;
        this.title = title;
    }

    public String getLabel() {
        return label;
    }

    /** The document's title (题头). */
    public String getTitle() {
        return title;
    }

    /** The period whose report is due at {@code now} by {@code calendar}, or empty. */
    public Optional<Period> duePeriod(LocalDateTime now, WorkingCalendar calendar) {
        YearMonth month = YearMonth.from(now);
        if (now.isBefore(calendar.firstWorkingDay(month).atTime(DUE_AT))) {
            return Optional.empty();
        }
        LocalDate lastMonth = month.minusMonths(1).atDay(1);
        int m = month.getMonthValue();
        return switch (this) {
            case MONTHLY -> Optional.of(Period.month(YearMonth.from(lastMonth)));
            case QUARTERLY ->
                m % 3 == 1 ? Optional.of(Period.containing(Period.Kind.QUARTER, lastMonth)) : Optional.empty();
            case HALF_YEAR ->
                m == 1 || m == 7 ? Optional.of(Period.containing(Period.Kind.HALF_YEAR, lastMonth)) : Optional.empty();
            case ANNUAL -> m == 1 ? Optional.of(Period.year(lastMonth.getYear())) : Optional.empty();
        };
    }

    /** A stable key of the period, e.g. 2026-11, 2026-Q3, 2026-H1, 2026. */
    public static String key(Period p) {
        int y = p.from().getYear();
        return switch (p.kind()) {
            case MONTH -> YearMonth.from(p.from()).toString();
            case QUARTER -> y + "-Q" + ((p.from().getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> y + (p.from().getMonthValue() == 1 ? "-H1" : "-H2");
            case YEAR -> String.valueOf(y);
            case WEEK -> p.from().toString();
        };
    }
}
