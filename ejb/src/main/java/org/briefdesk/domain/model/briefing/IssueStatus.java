package org.briefdesk.domain.model.briefing;

/** Where a briefing issue stands (期次状态): assembled, reviewed, then published and frozen. */
public enum IssueStatus {
    /** 编辑中. */
    DRAFT("编辑中"),
    /** 待审核: submitted for review; still editable by editors until published. */
    IN_REVIEW("待审核"),
    /** 已发布: frozen, distributed, in the archive. */
    PUBLISHED("已发布");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
