package org.briefdesk.search.similar;

/** How an archive item relates to the item in front of the editor. */
public enum MatchClass {
    /** The same text: a copy, possibly re-titled, lightly edited, reordered or padded. */
    DUPLICATE,
    /** Another report of the same event (other unit, other wording). */
    SAME_EVENT,
    /** Same topic, for the sidebar. */
    RELATED
}
