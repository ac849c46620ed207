package org.briefdesk.domain.model.report;

/** Which units the office sends its periodic reports to (印发范围). */
public enum ReportRecipients {
    ALL_UNITS("全部网络单位"),
    KEY_UNITS("重点网络单位"),
    NO_UNITS("不发单位（只报领导）");

    private final String label;

    ReportRecipients(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
