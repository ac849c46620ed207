package org.briefdesk.domain.model.archive;

/** What an import run reads (导入来源). */
public enum ImportSourceKind {
    /** One item per line: {"title","body"[,"unit","date","column","key","adopted"]}. */
    JSONL("JSONL信息文件"),
    /** A folder or zip of .docx/.doc/.pdf/.txt files, one item per file. */
    FILES("文档文件夹或压缩包"),
    /** Past briefing issues, one per line, whose entries refer to imported items by key. */
    ISSUES("往期简报");

    private final String label;

    ImportSourceKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
