package org.briefdesk.infrastructure.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.StatisticsDocuments;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.export.DocxBriefingWriter;
import org.briefdesk.infrastructure.export.FontsUnavailable;
import org.briefdesk.infrastructure.export.PdfBriefingWriter;
import org.briefdesk.infrastructure.export.PrintedIssue;

/** The statistics files through POI and the briefing writers; a missing font becomes a rule violation. */
@ApplicationScoped
public class StatisticsFiles implements StatisticsDocuments {

    @Override
    public byte[] workbook(String title, StatisticsReport report) {
        return StatisticsWorkbook.write(title, report);
    }

    @Override
    public byte[] bulletin(StatisticsReport report, LocalDate today, ExportFormat format) {
        return write(StatisticsBulletin.issue(report, today), format);
    }

    @Override
    public byte[] bulletin(StatisticsReport report, LocalDate today, ExportFormat format, String title, int number) {
        return write(StatisticsBulletin.issue(report, today, title, number), format);
    }

    private static byte[] write(PrintedIssue issue, ExportFormat format) {
        try {
            return format == ExportFormat.DOCX
                    ? new DocxBriefingWriter().write(issue)
                    : new PdfBriefingWriter().write(issue);
        } catch (FontsUnavailable e) {
            throw new BusinessRuleViolation("fonts", e.getMessage());
        }
    }

    @Override
    public byte[] rankingWorkbook(Ranking ranking) {
        return RankingFiles.workbook(ranking);
    }

    @Override
    public byte[] rankingDocument(Ranking ranking, LocalDate today) {
        return RankingFiles.docx(ranking, today);
    }
}
