package org.briefdesk.domain.model.archive;

/** Why a source record was skipped, as the report groups it; the record's reason says it in full. */
public enum SkipReason {
    /** 已导入过: its import key was imported before (by this run before a restart, or another run). */
    ALREADY_IMPORTED("已导入过"),
    /** 重复记录: the same key appears earlier in the same source. */
    REPEATED_IN_SOURCE("来源内重复"),
    /** 单位不匹配: the unit matches no unit by name or short name. */
    UNKNOWN_UNIT("单位不匹配"),
    /** 缺少内容: no title, body, unit or date. */
    MISSING("缺少内容"),
    /** 格式错误: not JSON, a wrong type, a date that is no date. */
    MALFORMED("格式错误"),
    /** 文件无法读取: a damaged, empty, encrypted or wrongly encoded document. */
    UNREADABLE("文件无法读取"),
    /** 内容不合规: text the rules refuse (too long, only blanks). */
    INVALID("内容不合规");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
