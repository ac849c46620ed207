package org.briefdesk.domain.model.item;

/**
 * Whether an item is positive or negative information (正面信息、负面信息): the work plan asks for both
 * in balance, so editors mark it and the statistics count it.
 */
public enum Orientation {
    POSITIVE("正面"),
    NEGATIVE("负面");

    private final String label;

    Orientation(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
