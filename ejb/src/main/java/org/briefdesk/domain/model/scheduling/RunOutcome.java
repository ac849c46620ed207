package org.briefdesk.domain.model.scheduling;

/** Where a job's run for one period stands. */
public enum RunOutcome {
    RUNNING("运行中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    RunOutcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
