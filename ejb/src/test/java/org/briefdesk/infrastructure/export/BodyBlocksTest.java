package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefdesk.infrastructure.export.BodyBlocks.Block;
import org.briefdesk.infrastructure.export.BodyBlocks.Level;
import org.briefdesk.infrastructure.export.BodyBlocks.Span;
import org.junit.jupiter.api.Test;

class BodyBlocksTest {

    @Test
    void numberedParagraphsBecomeHeadingsAndOnlyTheirLeadSentenceTakesTheHeadingFace() {
        List<Block> blocks = BodyBlocks.parse(
                "<p>　　今年以来，街道扎实推进垃圾分类。</p><p>一、主要做法</p>" + "<p>（一）加强组织领导。街道成立工作专班，每周调度。</p><p>(二)强化宣传</p>");
        assertEquals(
                List.of(Level.BODY, Level.HEADING_1, Level.HEADING_2, Level.HEADING_2),
                blocks.stream().map(Block::level).toList());
        assertEquals("今年以来，街道扎实推进垃圾分类。", blocks.get(0).text(), "typed indentation is dropped");
        assertEquals(
                List.of(new Span("（一）加强组织领导。", false, false, true), new Span("街道成立工作专班，每周调度。", false, false, false)),
                blocks.get(2).spans());
        assertTrue(blocks.get(1).spans().stream().allMatch(Span::heading));
    }

    @Test
    void htmlHeadingsMapToTheTwoLevelsAndListsBecomeParagraphs() {
        List<Block> blocks = BodyBlocks.parse("<h2>基本情况</h2><h3>工作成效</h3><ol><li>建立台账</li><li>定期督查</li></ol>"
                + "<p>街道<strong>共清理</strong>堆物<u>120</u>处<br>整改率100%。</p>");
        assertEquals(
                List.of(Level.HEADING_1, Level.HEADING_2, Level.BODY, Level.BODY, Level.BODY, Level.BODY),
                blocks.stream().map(Block::level).toList());
        assertEquals("1. 建立台账", blocks.get(2).text());
        assertEquals("2. 定期督查", blocks.get(3).text());
        assertEquals(
                List.of(
                        new Span("街道", false, false, false),
                        new Span("共清理", true, false, false),
                        new Span("堆物", false, false, false),
                        new Span("120", false, true, false),
                        new Span("处", false, false, false)),
                blocks.get(4).spans());
        assertEquals("整改率100%。", blocks.get(5).text());
    }

    @Test
    void aLongNumberedParagraphWithoutFullStopStaysBodyText() {
        String text = "一、" + "街道持续推进背街小巷环境整治".repeat(6);
        assertEquals(Level.BODY, BodyBlocks.parse("<p>" + text + "</p>").get(0).level());
    }

    @Test
    void emptyParagraphsAndBlankInputGiveNoBlocks() {
        assertEquals(List.of(), BodyBlocks.parse(null));
        assertEquals(List.of(), BodyBlocks.parse("<p> </p><p>　</p>"));
    }
}
