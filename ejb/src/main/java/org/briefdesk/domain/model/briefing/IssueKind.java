package org.briefdesk.domain.model.briefing;

/**
 * The kind of a briefing issue (期刊类别). Each kind is numbered on its own per year, so 增刊 never
 * takes a number of the regular run.
 */
public enum IssueKind {
    /** 普刊: the regular, in principle weekly, issue. */
    REGULAR("普刊"),
    /** 特刊: a special issue on a major activity or influential event. */
    SPECIAL("特刊"),
    /** 专刊: a topical issue. */
    TOPICAL("专刊"),
    /** 增刊: a supplement, numbered apart and without a running total. */
    SUPPLEMENT("增刊");

    private final String label;

    IssueKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The word printed under the title; the regular issue prints none. */
    public String printedLabel() {
        return this == REGULAR ? null : label;
    }

    /** Whether issues of this kind carry a running total (总第M期). */
    public boolean hasRunningTotal() {
        return this != SUPPLEMENT;
    }
}
