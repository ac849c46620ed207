package org.briefdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * The withdrawal of a record that scores (撤销): who withdrew it, when, why, and which record
 * replaced it when it was a correction (更正). Adoption and instruction records are facts units'
 * scores rest on, so a wrong one is not edited or deleted: it is withdrawn with a reason and stops
 * counting, and the office can still say what was there before.
 */
@Embeddable
public class Withdrawal implements Serializable {

    public static final int REASON_MAX = 300;

    @Column(name = "withdrawn_by_id")
    private Long accountId;

    @Column(name = "withdrawn_by", length = 30)
    private String name;

    @Column(name = "withdrawn_at")
    private Instant at;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String reason;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    protected Withdrawal() {}

    /** @param reason required: a record's score does not change without a word why */
    public Withdrawal(Recording by, String reason) {
        this.reason = checkReason(reason);
        this.accountId = by.getAccountId();
        this.name = by.getName();
        this.at = by.getAt();
    }

    /** The reason, trimmed; refused when blank, longer than a line or not clean text. */
    public static String checkReason(String reason) {
        return Text.requireLine(reason, "reason", "撤销或更正的理由", REASON_MAX);
    }

    /**
     * Refuses to withdraw or correct a record a second time: {@code current} is the record's
     * withdrawal, null while the record is in force.
     *
     * @param field the input the refusal is about, or null for the whole request
     * @param record what the refusal calls the record (采用记录, 批示记录)
     */
    public static void requireInForce(Withdrawal current, String field, String record) {
        if (current != null) {
            throw new BusinessRuleViolation(field, "该" + record + "已被" + current.getName() + "撤销，不能再次撤销或更正");
        }
    }

    public void replacedBy(long recordId) {
        this.replacedById = recordId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }

    public Long getReplacedById() {
        return replacedById;
    }
}
