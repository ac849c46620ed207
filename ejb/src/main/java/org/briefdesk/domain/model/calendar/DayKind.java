package org.briefdesk.domain.model.calendar;

/** What the calendar says of a day that differs from Monday-to-Friday. */
public enum DayKind {
    /** 法定节假日 (including the days moved into the holiday by 调休): no work, even on a weekday. */
    HOLIDAY("放假"),
    /** 调休上班: a Saturday or Sunday worked instead of a holiday day. */
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
