package org.briefdesk.infrastructure.reporting;

import static org.briefdesk.application.statistics.StatisticsRows.row;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsRows;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.scoring.Period;
import org.junit.jupiter.api.Test;

/**
 * The monthly 通报 as Word and PDF: the summary, the leading units, the quota warning, the table in rank
 * order with shared ranks.
 */
class StatisticsBulletinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static StatisticsReport november() {
        List<UnitStatistics> rows = StatisticsRows.ranked(List.of(
                row(1, "学院路街道", "街乡镇", true, 12, 3, 1, 1, 3, 4),
                row(2, "区城管委", "部门", true, 9, 2, 0, 0, 4, 4),
                row(3, "温泉镇", "街乡镇", false, 2, 0, 0, 0, 0, 0),
                row(5, "马连洼街道", "街乡镇", true, 2, 0, 0, 0, 1, 4),
                row(4, "海淀街道", "街乡镇", true, 1, 0, 0, 0, 1, 4)));
        return new StatisticsReport(
                Period.month(YearMonth.of(2026, 11)),
                rows,
                StatisticsRows.totals(rows),
                "报送1分；区级全文采用5分；市级全文采用20分；区级领导批示20分");
    }

    /** What every reader of the 通报 must find, in this order, whitespace aside. */
    private static void assertBulletin(String text) {
        String t = text.replaceAll("\\s+", "");
        int at = inOrder(t, 0, StatisticsBulletin.TITLE);
        at = inOrder(t, at, "2026年11月宣传信息采用情况");
        at = inOrder(t, at, "2026年11月，全区各工委、各部门、各街乡镇共报送信息26条，被各级刊物和媒体采用6条次" + "（区级5条次、市级1条次、国家级0条次），获领导批示1次。");
        at = inOrder(t, at, "本期得分居前的单位是：学院路街道（67分）、区城管委（19分）、温泉镇（2分）、马连洼街道（2分）。");
        at = inOrder(t, at, "有3个重点网络单位未能完成每周报送任务");
        at = inOrder(t, at, "名次单位报送区级采用市级采用国家级采用批示得分周达标");
        at = inOrder(t, at, "1学院路街道123101673/4");
        at = inOrder(t, at, "2区城管委92000194/4");
        at = inOrder(t, at, "3温泉镇200002—");
        at = inOrder(t, at, "3马连洼街道2000021/4");
        inOrder(t, at, "5海淀街道1000011/4");
    }

    private static int inOrder(String text, int from, String expected) {
        int i = text.indexOf(expected, from);
        assertTrue(i >= 0, () -> "missing after position " + from + ": " + expected + "\nin: " + text);
        return i + expected.length();
    }

    @Test
    void theWordBulletinSummarisesTheMonthAndRanksEveryUnit() throws IOException {
        byte[] docx = StatisticsBulletin.docx(november(), TODAY);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertBulletin(text.getText());
        }
    }

    @Test
    void thePdfBulletinSaysTheSame() throws IOException {
        byte[] pdf = StatisticsBulletin.pdf(november(), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertBulletin(new PDFTextStripper().getText(doc));
        }
    }
}
