package org.briefdesk.domain.model.adoption;

/** The level of a publication or medium that adopts items (刊物级别); it decides the points. */
public enum OutletLevel {
    /** 区级: district publications and media, including the office's own briefing. */
    DISTRICT("区级"),
    /** 市级: the city party committee, government and capital civilisation office, and city media. */
    CITY("市级"),
    /** 国家级: national publications and media. */
    NATIONAL("国家级");

    private final String label;

    OutletLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
