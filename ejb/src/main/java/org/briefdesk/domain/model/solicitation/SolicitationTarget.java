package org.briefdesk.domain.model.solicitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A unit a solicitation is addressed to, and when it was last reminded of the deadline. */
@Embeddable
public class SolicitationTarget {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** When the unit was told the deadline passed without its answer (约稿已逾期). */
    @Column(name = "overdue_noticed_at")
    private Instant overdueNoticedAt;

    protected SolicitationTarget() {}

    SolicitationTarget(Long unitId) {
        this.unitId = unitId;
    }

    void remindedAt(Instant now) {
        this.remindedAt = now;
    }

    void overdueNoticedAt(Instant now) {
        this.overdueNoticedAt = now;
    }

    public Instant getOverdueNoticedAt() {
        return overdueNoticedAt;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
