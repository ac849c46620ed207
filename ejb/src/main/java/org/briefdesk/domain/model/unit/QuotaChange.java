package org.briefdesk.domain.model.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * One row of a unit's quota history (报送任务调整): from the Monday {@link #getEffectiveFrom()} on, the
 * unit owes {@link #quota()} items a week, until a later row. Rows are never changed once their week
 * has begun, so past weeks keep the quota they had.
 */
@Embeddable
public class QuotaChange implements Serializable {

    /** The first row of a unit that existed before quotas had a history: it applies to every past week. */
    public static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 3);

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "per_week", nullable = false)
    private int perWeek;

    protected QuotaChange() {}

    QuotaChange(LocalDate effectiveFrom, WeeklyQuota quota) {
        this.effectiveFrom = effectiveFrom;
        this.perWeek = quota.perWeek();
    }

    /** The Monday of the week after {@code today}: a change made today applies from then. */
    public static LocalDate nextWeek(LocalDate today) {
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** The Monday of the week containing {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public WeeklyQuota quota() {
        return new WeeklyQuota(perWeek);
    }
}
