package org.briefdesk.domain.model.item;

/** Where an item stands in the editorial workflow (信息状态). */
public enum ItemStatus {
    /** 草稿: written by an officer, not yet sent. */
    DRAFT("草稿"),
    /** 待筛选: submitted to the office, waiting for an editor. */
    SUBMITTED("待筛选"),
    /** 已撤回: taken back by the unit before an editor screened it. */
    WITHDRAWN("已撤回"),
    /** 退回修改: returned to the unit with a reason; the unit revises and submits again. */
    RETURNED("退回修改"),
    /** 采用待编: accepted into the office's pool, to be edited into an issue. */
    ACCEPTED("采用待编"),
    /** 不予采用: rejected with a reason. */
    REJECTED("不予采用"),
    /** 已刊用: used in a published briefing issue. */
    PUBLISHED("已刊用"),
    /** 已归档: a past item brought in by an archive import, searchable but never edited into an issue. */
    ARCHIVED("已归档");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the reporting unit may still change the text. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the item has reached the office (it counts as submitted for scoring). */
    public boolean reachedOffice() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
