package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsRows;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.infrastructure.reporting.StatisticsBulletin;
import org.junit.jupiter.api.Test;

/**
 * The Word files are valid against the OOXML schema (POI's XMLBeans validation), so a strict word
 * processor never calls them damaged.
 */
class DocxSchemaTest {

    static List<String> schemaErrors(byte[] docx) throws Exception {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions().setErrorListener(errors);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            doc.getDocument().validate(options);
            doc.getStyle().validate(options);
            doc.getFooterList().forEach(f -> f._getHdrFtr().validate(options));
        }
        return errors.stream().map(XmlError::toString).toList();
    }

    @Test
    void aBriefingIsValidAgainstTheSchema() throws Exception {
        byte[] docx = new DocxBriefingWriter().write(PrintedIssues.regular(8, 400));
        assertEquals(List.of(), schemaErrors(docx));
    }

    @Test
    void theBulletinWithItsRankingTableIsValidAgainstTheSchema() throws Exception {
        List<UnitStatistics> rows = StatisticsRows.ranked(List.of(
                StatisticsRows.row(1, "学院路街道", "街乡镇", true, 12, 3, 1, 1, 3, 4),
                StatisticsRows.row(2, "区城管委", "部门", true, 9, 2, 0, 0, 4, 4)));
        StatisticsReport report = new StatisticsReport(
                Period.month(YearMonth.of(2026, 11)), rows, StatisticsRows.totals(rows), "报送1分；区级全文采用5分");
        byte[] docx = StatisticsBulletin.docx(report, LocalDate.of(2026, 12, 1));
        assertEquals(List.of(), schemaErrors(docx));
    }
}
