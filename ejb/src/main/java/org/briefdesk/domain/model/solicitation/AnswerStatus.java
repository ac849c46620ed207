package org.briefdesk.domain.model.solicitation;

/** How a target unit stands with a solicitation (约稿报送情况). */
public enum AnswerStatus {
    /** 已报送: an item of the unit answering it reached the office by the deadline. */
    ANSWERED("已报送", "success"),
    /** 逾期报送: the unit's answer reached the office only after the deadline. */
    LATE("逾期报送", "warning"),
    /** 未报送: nothing yet, and the deadline has not passed. */
    NOT_YET("未报送", "info"),
    /** 已逾期未报: the deadline passed without an answer. */
    MISSED("已逾期未报", "danger");

    private final String label;
    private final String severity;

    AnswerStatus(String label, String severity) {
        this.label = label;
        this.severity = severity;
    }

    public String getLabel() {
        return label;
    }

    /** The p:tag severity pages show the status with. */
    public String getSeverity() {
        return severity;
    }
}
