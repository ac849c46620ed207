package org.briefdesk.domain.model.similar;

/** How an archive item relates to the item in front of the editor (相似类别). */
public enum MatchClass {
    /** 重复: the same text, perhaps re-titled or lightly edited. */
    DUPLICATE("重复"),
    /** 同一事件: another unit's report of the same event. */
    SAME_EVENT("同一事件"),
    /** 相关: the same topic. */
    RELATED("相关");

    private final String label;

    MatchClass(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
