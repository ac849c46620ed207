package org.briefdesk.domain.model.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Recording;
import org.briefdesk.domain.shared.Withdrawal;

/**
 * An adoption record (采用记录): an outlet used an item, whole or combined, on a date. Written when a
 * Briefdesk briefing issue is published (then it names the issue) or entered by an editor for an
 * outside publication. Records are facts: they are never edited, so scores can always be explained;
 * a wrong one is withdrawn with a reason (撤销) and, when corrected (更正), replaced by a new record.
 */
@Entity
@Table(name = "adoption")
public class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adoption_seq")
    @SequenceGenerator(name = "adoption_seq", sequenceName = "adoption_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "outlet_id", nullable = false)
    private Outlet outlet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AdoptionMode mode;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "briefing_issue_id")
    private Long briefingIssueId;

    @Embedded
    private Recording recording;

    /** Null while the record is in force. */
    @Embedded
    private Withdrawal withdrawal;

    protected Adoption() {}

    /**
     * @param today the office's current date: an adoption cannot be recorded ahead of time
     */
    public Adoption(
            Item item,
            Outlet outlet,
            AdoptionMode mode,
            LocalDate adoptedOn,
            Long briefingIssueId,
            Recording recording,
            LocalDate today) {
        if (item == null) {
            throw new BusinessRuleViolation("item", "请选择被采用的信息");
        }
        if (!item.getStatus().reachedOffice()) {
            throw new BusinessRuleViolation("item", "尚未报送的信息不能记录采用");
        }
        if (outlet == null) {
            throw new BusinessRuleViolation("outlet", "请选择采用的刊物或媒体");
        }
        if (mode == null) {
            throw new BusinessRuleViolation("mode", "请选择采用方式（全文采用或综合采用）");
        }
        if (adoptedOn == null) {
            throw new BusinessRuleViolation("adoptedOn", "请填写采用日期");
        }
        if (adoptedOn.isAfter(today)) {
            throw new BusinessRuleViolation("adoptedOn", "采用日期不能晚于今天");
        }
        this.item = item;
        this.outlet = outlet;
        this.mode = mode;
        this.adoptedOn = adoptedOn;
        this.briefingIssueId = briefingIssueId;
        this.recording = recording;
    }

    /** The detail line of the item's audit trail. */
    public String describe() {
        return outlet.getName() + "（" + outlet.getLevel().getLabel() + "）" + mode.getLabel() + "，" + adoptedOn;
    }

    /**
     * Withdraws the record (撤销) with a reason; it stops scoring. A correction withdraws it too and
     * then names the record that replaces it.
     */
    public void withdraw(Recording by, String reason) {
        Withdrawal.requireInForce(withdrawal, null, "采用记录");
        withdrawal = new Withdrawal(by, reason);
    }

    public void replacedBy(long recordId) {
        withdrawal.replacedBy(recordId);
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public AdoptionMode getMode() {
        return mode;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public Long getBriefingIssueId() {
        return briefingIssueId;
    }

    public Recording getRecording() {
        return recording;
    }
}
