package org.briefdesk.domain.model.scoring;

import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.LeaderLevel;

/** One line of the score table (计分项), with the work plan's default points. */
public enum ScoreKey {
    SUBMISSION("每上报1条信息", 1),
    DISTRICT_FULL("区级刊物或媒体采用", 5),
    DISTRICT_COMBINED("区级刊物或媒体综合编辑", 2),
    CITY_FULL("市委、市政府、首都文明办刊物或市级媒体采用", 20),
    CITY_COMBINED("市委、市政府、首都文明办刊物或市级媒体综合编辑", 10),
    NATIONAL_FULL("国家级刊物或媒体采用", 40),
    NATIONAL_COMBINED("国家级刊物或媒体综合编辑", 20),
    INSTRUCTION_CAPITAL("首都（含部门）领导批示", 50),
    INSTRUCTION_CITY("市领导批示", 40),
    INSTRUCTION_DISTRICT("区领导批示", 30);

    private final String label;
    private final int defaultPoints;

    ScoreKey(String label, int defaultPoints) {
        this.label = label;
        this.defaultPoints = defaultPoints;
    }

    public String getLabel() {
        return label;
    }

    public int getDefaultPoints() {
        return defaultPoints;
    }

    public static ScoreKey adoption(OutletLevel level, AdoptionMode mode) {
        boolean full = mode == AdoptionMode.FULL;
        return switch (level) {
            case DISTRICT -> full ? DISTRICT_FULL : DISTRICT_COMBINED;
            case CITY -> full ? CITY_FULL : CITY_COMBINED;
            case NATIONAL -> full ? NATIONAL_FULL : NATIONAL_COMBINED;
        };
    }

    public static ScoreKey instruction(LeaderLevel level) {
        return switch (level) {
            case CAPITAL -> INSTRUCTION_CAPITAL;
            case CITY -> INSTRUCTION_CITY;
            case DISTRICT -> INSTRUCTION_DISTRICT;
        };
    }
}
