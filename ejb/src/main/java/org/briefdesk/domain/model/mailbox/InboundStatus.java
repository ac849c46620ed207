package org.briefdesk.domain.model.mailbox;

/** What became of a message taken from the mailbox (来信状态). */
public enum InboundStatus {
    /** 已转为信息: a registered officer's report, now a submitted item of their unit. */
    TAKEN("已转为信息"),
    /** 待分派: from an unknown sender, or not usable as it is; waits for an editor. */
    QUARANTINED("待分派"),
    /** 已分派: an editor made it a submitted item of a unit. */
    ASSIGNED("已分派"),
    /** 已丢弃: an editor discarded it. */
    DISCARDED("已丢弃");

    private final String label;

    InboundStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
