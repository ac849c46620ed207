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

    protected SolicitationTarget() {}

    SolicitationTarget(Long unitId) {
        this.unitId = unitId;
    }

    void remindedAt(Instant now) {
        this.remindedAt = now;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
