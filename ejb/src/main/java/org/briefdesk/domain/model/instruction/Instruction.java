package org.briefdesk.domain.model.instruction;

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
import org.briefdesk.domain.shared.Text;
import org.briefdesk.domain.shared.Withdrawal;

/**
 * A leader's instruction on an item (领导批示): who (level and name), when, and what was written.
 * Written by a leader in the portal or typed in by an editor from paper; never edited afterwards: a
 * wrong one is withdrawn with a reason (撤销) and, when corrected (更正), replaced by a new record.
 */
@Entity
@Table(name = "instruction")
public class Instruction {

    public static final int TEXT_MAX = 2000;
    public static final int LEADER_NAME_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instruction_seq")
    @SequenceGenerator(name = "instruction_seq", sequenceName = "instruction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LeaderLevel level;

    @Column(name = "leader_name", nullable = false, length = LEADER_NAME_MAX)
    private String leaderName;

    @Column(name = "instructed_on", nullable = false)
    private LocalDate instructedOn;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "briefing_entry_id")
    private Long briefingEntryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InstructionSource source;

    @Embedded
    private Recording recording;

    /** Null while the record is in force. */
    @Embedded
    private Withdrawal withdrawal;

    protected Instruction() {}

    /** @param today the office's current date: an instruction cannot be dated in the future */
    public Instruction(
            Item item,
            LeaderLevel level,
            String leaderName,
            LocalDate instructedOn,
            String text,
            Long briefingEntryId,
            InstructionSource source,
            Recording recording,
            LocalDate today) {
        if (item == null) {
            throw new BusinessRuleViolation("item", "请选择被批示的信息");
        }
        if (!item.getStatus().reachedOffice()) {
            throw new BusinessRuleViolation("item", "尚未报送的信息不能记录批示");
        }
        if (level == null) {
            throw new BusinessRuleViolation("level", "请选择批示领导级别（首都、市、区）");
        }
        if (instructedOn == null) {
            throw new BusinessRuleViolation("instructedOn", "请填写批示日期");
        }
        if (instructedOn.isAfter(today)) {
            throw new BusinessRuleViolation("instructedOn", "批示日期不能晚于今天");
        }
        if (source == null) {
            throw new BusinessRuleViolation("source", "请说明批示来源");
        }
        this.item = item;
        this.level = level;
        this.leaderName = Text.requireLine(leaderName, "leaderName", "批示领导", LEADER_NAME_MAX);
        this.instructedOn = instructedOn;
        this.text = requireText(text);
        this.briefingEntryId = briefingEntryId;
        this.source = source;
        this.recording = recording;
    }

    /** Multi-line plain text: kept as written, only trimmed. */
    private static String requireText(String text) {
        return Text.requireText(text, "text", "批示内容", TEXT_MAX);
    }

    /** The detail line of the item's audit trail. */
    public String describe() {
        return level.getLabel() + "领导" + leaderName + "批示（" + instructedOn + "，" + source.getLabel() + "）";
    }

    /**
     * Withdraws the record (撤销) with a reason; it stops scoring. A correction withdraws it too and
     * then names the record that replaces it.
     */
    public void withdraw(Recording by, String reason) {
        Withdrawal.requireInForce(withdrawal, null, "批示记录");
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

    public LeaderLevel getLevel() {
        return level;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public LocalDate getInstructedOn() {
        return instructedOn;
    }

    public String getText() {
        return text;
    }

    public Long getBriefingEntryId() {
        return briefingEntryId;
    }

    public InstructionSource getSource() {
        return source;
    }

    public Recording getRecording() {
        return recording;
    }
}
