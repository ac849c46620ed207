package org.briefdesk.interfaces.web.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.model.scoring.Period;

/**
 * The period picker of the statistics pages: a kind, a year and the month, quarter or half within
 * it. Kept as plain fields so it can be bound to view parameters (?kind=MONTH&amp;year=2026&amp;part=11).
 */
public class PeriodChoice implements Serializable {

    private Period.Kind kind;
    private int year;
    private int part;

    public PeriodChoice(Period.Kind kind, LocalDate today) {
        this.kind = kind;
        this.year = today.getYear();
        this.part = partOf(kind, today);
    }

    private static int partOf(Period.Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK, YEAR -> 1;
            case MONTH -> day.getMonthValue();
            case QUARTER -> (day.getMonthValue() - 1) / 3 + 1;
            case HALF_YEAR -> day.getMonthValue() <= 6 ? 1 : 2;
        };
    }

    /** The chosen period; a part out of range for the kind falls back to the first. */
    public Period period() {
        int p = Math.max(1, part);
        return switch (kind) {
            case MONTH -> Period.month(YearMonth.of(year, Math.min(p, 12)));
            case QUARTER -> Period.quarter(year, Math.min(p, 4));
            case HALF_YEAR -> Period.halfYear(year, Math.min(p, 2));
            case YEAR, WEEK -> Period.year(year);
        };
    }

    /** The choices of the second picker for the current kind. */
    public List<Part> getParts() {
        List<Part> parts = new ArrayList<>();
        switch (kind) {
            case MONTH -> {
                for (int m = 1; m <= 12; m++) {
                    parts.add(new Part(m, m + "月"));
                }
            }
            case QUARTER -> {
                for (int q = 1; q <= 4; q++) {
                    parts.add(new Part(q, "第" + "一二三四".charAt(q - 1) + "季度"));
                }
            }
            case HALF_YEAR -> {
                parts.add(new Part(1, "上半年"));
                parts.add(new Part(2, "下半年"));
            }
            default -> parts.add(new Part(1, "全年"));
        }
        return parts;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** One option of the part picker. */
    public record Part(int value, String label) implements Serializable {}

    public Period.Kind getKind() {
        return kind;
    }

    public void setKind(Period.Kind kind) {
        if (kind != null && kind != this.kind) {
            this.kind = kind;
            this.part = 1;
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getPart() {
        return part;
    }

    public void setPart(int part) {
        this.part = part;
    }
}
