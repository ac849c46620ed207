package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefdesk.domain.model.item.SentenceDiff.Kind;
import org.briefdesk.domain.model.item.SentenceDiff.Part;
import org.junit.jupiter.api.Test;

class SentenceDiffTest {

    private static final String ORIGINAL = "11月18日，海淀街道组织志愿者深入12个社区开展垃圾分类入户宣传。共发放宣传材料3000余份！" + "\n下一步，街道将持续开展宣传。";

    @Test
    void sentencesEndAtChineseStopsAndLineBreaks() {
        assertEquals(
                List.of("第一句。", "第二句！", "第三句？", "第四句；", "没有句号的一行", "最后一句"),
                SentenceDiff.sentences("第一句。第二句！第三句？第四句；没有句号的一行\n  最后一句  "));
    }

    @Test
    void blankAndMissingTextHaveNoSentences() {
        assertTrue(SentenceDiff.sentences(null).isEmpty());
        assertTrue(SentenceDiff.sentences(" \n\n ").isEmpty());
    }

    @Test
    void theSameTextIsIdentical() {
        SentenceDiff.Result r = SentenceDiff.compare(ORIGINAL, ORIGINAL);
        assertTrue(r.identical());
        assertEquals(0, r.changedSentences());
        assertFalse(r.unifiedHtml().contains("<del>") || r.unifiedHtml().contains("<ins>"));
    }

    @Test
    void aChangedSentenceIsDeletedOnTheLeftAndInsertedOnTheRight() {
        String edited = ORIGINAL.replace("共发放宣传材料3000余份！", "共发放宣传材料3500余份，覆盖居民2000余户！");
        SentenceDiff.Result r = SentenceDiff.compare(ORIGINAL, edited);
        assertEquals(
                List.of(
                        new Part(Kind.SAME, "11月18日，海淀街道组织志愿者深入12个社区开展垃圾分类入户宣传。"),
                        new Part(Kind.DELETED, "共发放宣传材料3000余份！"),
                        new Part(Kind.INSERTED, "共发放宣传材料3500余份，覆盖居民2000余户！"),
                        new Part(Kind.SAME, "下一步，街道将持续开展宣传。")),
                r.parts());
        assertEquals(2, r.changedSentences());
        assertTrue(r.leftHtml().contains("<del>共发放宣传材料3000余份！</del>"), r.leftHtml());
        assertFalse(r.leftHtml().contains("<ins>"));
        assertTrue(r.rightHtml().contains("<ins>共发放宣传材料3500余份，覆盖居民2000余户！</ins>"), r.rightHtml());
        assertFalse(r.rightHtml().contains("<del>"));
        assertEquals(
                "11月18日，海淀街道组织志愿者深入12个社区开展垃圾分类入户宣传。<del>共发放宣传材料3000余份！</del>"
                        + "<ins>共发放宣传材料3500余份，覆盖居民2000余户！</ins><br>下一步，街道将持续开展宣传。",
                r.unifiedHtml());
    }

    @Test
    void sentencesAddedAtTheEndAndDroppedAtTheStartAreMarked() {
        SentenceDiff.Result r = SentenceDiff.compare("甲。乙。丙。", "乙。丙。丁。");
        assertEquals(
                List.of(
                        new Part(Kind.DELETED, "甲。"),
                        new Part(Kind.SAME, "乙。"),
                        new Part(Kind.SAME, "丙。"),
                        new Part(Kind.INSERTED, "丁。")),
                r.parts());
    }

    @Test
    void movedParagraphsKeepTheLongestCommonRun() {
        SentenceDiff.Result r = SentenceDiff.compare("一。二。三。四。", "三。四。一。二。");
        assertEquals(4, r.changedSentences(), "two sentences moved: each shows once dropped and once added");
        assertEquals(2, r.parts().stream().filter(p -> p.kind() == Kind.SAME).count());
    }

    @Test
    void eachSideKeepsItsOwnParagraphs() {
        SentenceDiff.Result r = SentenceDiff.compare("甲。\n乙。丙。", "甲。乙。\n丙。");
        assertTrue(r.identical(), "the same sentences in other paragraphs are not a change");
        assertEquals("甲。<br>乙。丙。", r.leftHtml());
        assertEquals("甲。乙。<br>丙。", r.rightHtml());
    }

    @Test
    void sentencesAreEscapedSoTheDiffIsSafeHtml() {
        SentenceDiff.Result r = SentenceDiff.compare("原文。", "原文。<script>alert(1)</script>");
        assertTrue(r.rightHtml().contains("<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>"), r.rightHtml());
        assertFalse(r.unifiedHtml().contains("<script>"));
    }
}
