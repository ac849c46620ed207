package org.briefdesk.application.statistics;

import java.time.LocalDate;
import org.briefdesk.domain.model.briefing.ExportFormat;

/**
 * Writes a statistics report as files: the XLSX table (采用情况统计) and the office's 通报 in Word or
 * PDF; and the evaluation (考核评比排名) in XLSX and Word. A server without a usable Chinese font refuses the PDF with a
 * {@link org.briefdesk.domain.shared.BusinessRuleViolation} naming what to install.
 */
public interface StatisticsDocuments {

    byte[] workbook(String title, StatisticsReport report);

    byte[] bulletin(StatisticsReport report, LocalDate today, ExportFormat format);

    /** The 通报 under {@code title} as number {@code number} of its series (定期通报). */
    byte[] bulletin(StatisticsReport report, LocalDate today, ExportFormat format, String title, int number);

    /** The half-year or annual evaluation as an XLSX, one block per list. */
    byte[] rankingWorkbook(Ranking ranking);

    /** The evaluation as a Word document in the printed layout, dated today. */
    byte[] rankingDocument(Ranking ranking, LocalDate today);
}
