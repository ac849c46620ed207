package org.briefdesk.domain.model.archive;

/** What became of one source record. */
public enum ImportOutcome {
    /** 已导入 */
    IMPORTED,
    /** 已跳过, with the reason. */
    SKIPPED
}
