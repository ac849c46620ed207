package org.briefdesk.domain.model.adoption;

/** How a publication used an item (采用方式): whole, or as part of a combined report (综合编辑). */
public enum AdoptionMode {
    FULL("全文采用"),
    COMBINED("综合采用");

    private final String label;

    AdoptionMode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
