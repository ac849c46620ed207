package org.briefdesk.infrastructure.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.StatisticsDocuments;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.export.FontsUnavailable;

/** The statistics files through POI and the briefing writers; a missing font becomes a rule violation. */
@ApplicationScoped
public class StatisticsFiles implements StatisticsDocuments {

    @Override
    public byte[] workbook(String title, StatisticsReport report) {
        return StatisticsWorkbook.write(title, report);
    }

    @Override
    public byte[] bulletin(StatisticsReport report, LocalDate today, ExportFormat format) {
        try {
            return format == ExportFormat.DOCX
                    ? StatisticsBulletin.docx(report, today)
                    : StatisticsBulletin.pdf(report, today);
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
