package org.briefdesk.application.mailbox;

/** What the intake did with one message. */
public enum Receipt {
    /** A registered officer's report became a submitted item. */
    ITEM,
    /** The message waits for an editor (待分派). */
    QUARANTINED,
    /** The message was taken before (a second delivery, or a poll after a crash). */
    ALREADY_TAKEN
}
