package org.briefdesk.domain.model.item;

/**
 * How an item reached the office (报送渠道). Officers report through the form; mail to the office's
 * mailbox arrives by itself; the other channels are reports an editor took down for a unit (代录).
 * Whatever the channel, the item is the unit's and scores for it like any other.
 */
public enum ItemChannel {
    /** 系统报送: the officer's own form or the API. */
    FORM("系统报送"),
    /** 电话: a report taken by phone. */
    PHONE("电话"),
    /** 纸质: a paper report. */
    PAPER("纸质"),
    /** 领导转交: a note a leader passed on to the office. */
    LEADER_NOTE("领导转交"),
    /** 邮件: a mail to the office's mailbox, or one an editor records. */
    EMAIL("邮件");

    private final String label;

    ItemChannel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether an editor may record a report that came this way (all but the unit's own form). */
    public boolean takenByEditor() {
        return this != FORM;
    }
}
