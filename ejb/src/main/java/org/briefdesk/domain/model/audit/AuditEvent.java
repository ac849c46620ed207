package org.briefdesk.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of an item's audit trail (操作记录): who did what, when. Entries are written in the same
 * transaction as the change they describe and never altered.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    private static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private Instant at;

    /** Null for changes the system made itself (imports, publishing jobs). */
    @Column(name = "actor_id")
    private Long actorId;

    /** Kept as written at the time, so renaming an account does not rewrite history. */
    @Column(name = "actor_name", nullable = false, length = 30)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(long itemId, Long actorId, String actorName, AuditAction action, String detail, Instant at) {
        this.itemId = itemId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.detail =
                detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
