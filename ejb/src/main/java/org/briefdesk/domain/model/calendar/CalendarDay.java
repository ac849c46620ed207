package org.briefdesk.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * One day of the working calendar (工作日历) that differs from Monday-to-Friday: a holiday (放假) or a
 * weekend day worked (调休上班), with the holiday it belongs to (e.g. 国庆节). Entered by an
 * administrator; re-entering a day replaces what it said.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public static final int NOTE_MAX = 40;

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "changed_by", nullable = false, length = 30)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CalendarDay() {}

    public CalendarDay(LocalDate date, DayKind kind, String note, String changedBy, Instant now) {
        if (date == null) {
            throw new BusinessRuleViolation("date", "请选择日期");
        }
        this.date = date;
        this.changedBy = Objects.requireNonNull(changedBy);
        set(kind, note, now);
    }

    /** Says something else of the day (a corrected notice). */
    public void change(DayKind kind, String note, String by, Instant now) {
        this.changedBy = Objects.requireNonNull(by);
        set(kind, note, now);
    }

    private void set(DayKind kind, String note, Instant now) {
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "请选择放假或调休上班");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new BusinessRuleViolation("kind", "调休上班日应为周六或周日（" + date + "是工作日）");
        }
        this.kind = kind;
        this.note = Text.optionalLine(note, "note", "说明", NOTE_MAX);
        this.changedAt = Objects.requireNonNull(now);
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
