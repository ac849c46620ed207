package org.briefdesk.infrastructure.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.infrastructure.export.BriefingLayout;
import org.briefdesk.infrastructure.export.PrintedIssue;
import org.junit.jupiter.api.Test;

/** From an issue to what the writers print. */
class IssuePrinterTest {

    @Test
    void theStandardPageSettingsGiveTheStandardLayout() {
        assertEquals(BriefingLayout.standard(), IssuePrinter.layout(PageLayout.standard()));
    }

    @Test
    void aLargerBodyKeepsTheGridProportional() {
        BriefingLayout l = IssuePrinter.layout(new PageLayout(37, 35, 28, 26, 36, 18, "#E60012"));
        assertEquals(25, l.charsPerLine());
        assertEquals(20, l.linesPerPage());
    }

    @Test
    void anIssuePrintsItsSectionsSourcesNoteAndEndBlock() {
        IssueView.Entry a =
                new IssueView.Entry(1, 11, 1, "海淀街道开展文明引导", "<p>正文一</p>", "海淀街道", false, ItemStatus.ACCEPTED, true);
        IssueView.Entry b = new IssueView.Entry(
                2, 12, 2, "多单位联合整治背街小巷", "<p>正文二</p>", "海淀街道、学院路街道", true, ItemStatus.ACCEPTED, true);
        IssueView view = new IssueView(
                5,
                0,
                1,
                "海淀区创建首都文明区简报",
                "海淀区创建首都文明区工作领导小组办公室",
                IssueKind.SPECIAL,
                2026,
                2,
                9,
                LocalDate.of(2026, 11, 27),
                "本期聚焦\n文明交通",
                IssueStatus.DRAFT,
                Distribution.standard(),
                "区交通支队",
                false,
                Set.of(),
                "王编辑",
                null,
                null,
                List.of(new IssueView.Section(1L, "工作动态", List.of(a, b))),
                false,
                false,
                0,
                false,
                null,
                null,
                "内部资料",
                "000012");
        PrintedIssue p = IssuePrinter.printed(view, PageLayout.standard());
        assertEquals("特刊", p.kindLabel());
        assertEquals(9, p.totalNumber());
        assertEquals(
                List.of("海淀街道", "学院路街道"), p.sections().get(0).entries().get(1).sourceUnits());
        assertEquals("<p>本期聚焦</p><p>文明交通</p>", p.editorNoteHtml().replace("\n", ""));
        assertEquals(80, p.endBlock().printCount());
        assertEquals("区交通支队", p.endBlock().extraRecipients());
        assertEquals("内部资料", p.classification(), "密级 printed top left");
        assertEquals("000012", p.copyNumber(), "份号 printed top right");
    }
}
