package org.briefdesk.domain.model.scoring;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * A statistics period (统计周期): a week (Monday to Sunday), month, quarter, half-year or year, as days
 * in Beijing time. Submissions are timestamps and are compared with the period's instants.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) implements Serializable {

    /** The kinds of period the office reports on. */
    public enum Kind {
        WEEK("周"),
        MONTH("月"),
        QUARTER("季度"),
        HALF_YEAR("半年"),
        YEAR("年度");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleViolation("period", "统计周期不正确");
        }
    }

    /** The week (Monday to Sunday) containing {@code day}. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** @param quarter 1 to 4 */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleViolation("period", "季度应为1到4");
        }
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    /** @param half 1 (January–June) or 2 (July–December) */
    public static Period halfYear(int year, int half) {
        if (half != 1 && half != 2) {
            throw new BusinessRuleViolation("period", "半年应为上半年或下半年");
        }
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(Kind.HALF_YEAR, from, from.plusMonths(6).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period of {@code kind} that contains {@code day}. */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> weekOf(day);
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> halfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(day.getYear());
        };
    }

    /** The first instant of the period in Beijing time. */
    public Instant start() {
        return from.atStartOfDay(DistrictTime.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(DistrictTime.ZONE).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }

    /**
     * The weeks counted for the weekly quota: those whose Monday falls in the period, and that have
     * ended by {@code today} (a week still running is not yet a shortfall).
     */
    public List<Period> quotaWeeks(LocalDate today) {
        List<Period> weeks = new ArrayList<>();
        LocalDate monday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (!monday.isAfter(to)) {
            Period w = weekOf(monday);
            if (w.to().isBefore(today)) {
                weeks.add(w);
            }
            monday = monday.plusWeeks(1);
        }
        return weeks;
    }

    /** e.g. 2026年11月, 2026年第四季度, 2026年上半年, 2026年度, 2026年11月23日—11月29日. */
    public String label() {
        return switch (kind) {
            case WEEK ->
                from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日—" + to.getMonthValue()
                        + "月" + to.getDayOfMonth() + "日";
            case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
            case QUARTER -> from.getYear() + "年第" + "一二三四".charAt((from.getMonthValue() - 1) / 3) + "季度";
            case HALF_YEAR -> from.getYear() + (from.getMonthValue() == 1 ? "年上半年" : "年下半年");
            case YEAR -> from.getYear() + "年度";
        };
    }
}
