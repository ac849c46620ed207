package org.briefdesk.domain.model.instruction;

/** The level of the leader who wrote an instruction (批示领导级别); it decides the points. */
public enum LeaderLevel {
    /** 首都: capital leaders, including the capital's departments (e.g. 首都文明办). */
    CAPITAL("首都"),
    /** 市: city leaders. */
    CITY("市"),
    /** 区: district leaders (区四套班子). */
    DISTRICT("区");

    private final String label;

    LeaderLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
