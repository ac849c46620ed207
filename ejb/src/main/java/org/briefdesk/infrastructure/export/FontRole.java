package org.briefdesk.infrastructure.export;

/**
 * The typefaces an official Chinese text uses, each with the name Chinese offices have installed.
 * The Word file names these fonts; the PDF embeds a free face standing in for each.
 */
public enum FontRole {
    /** 小标宋: the red title and the entries' headlines. */
    TITLE("方正小标宋简体"),
    /** 宋体: page numbers. */
    SONG("宋体"),
    /** 仿宋: body text and the end block. */
    FANG("仿宋_GB2312"),
    /** 黑体: column headings, first-level headings, 密级. */
    HEI("黑体"),
    /** 楷体: the editor's note and second-level headings. */
    KAI("楷体_GB2312");

    private final String officeName;

    FontRole(String officeName) {
        this.officeName = officeName;
    }

    public String officeName() {
        return officeName;
    }
}
