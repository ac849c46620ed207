package org.briefdesk.domain.model.archive;

/** Where an import run stands (导入状态); the API reports the name, the page the label. */
public enum ImportStatus {
    STARTING("等待开始"),
    STARTED("正在导入"),
    STOPPING("正在停止"),
    STOPPED("已停止"),
    COMPLETED("已完成"),
    FAILED("失败"),
    /** The server stopped while the job ran; a restart continues after the last committed record. */
    INTERRUPTED("已中断");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean running() {
        return this == STARTING || this == STARTED || this == STOPPING;
    }

    /** Stopped, failed or interrupted runs continue where they stopped. */
    public boolean restartable() {
        return this == STOPPED || this == FAILED || this == INTERRUPTED;
    }
}
