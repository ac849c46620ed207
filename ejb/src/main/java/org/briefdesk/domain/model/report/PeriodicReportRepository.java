package org.briefdesk.domain.model.report;

import java.util.List;
import java.util.Optional;

public interface PeriodicReportRepository {

    Optional<PeriodicReport> find(long id);

    Optional<PeriodicReport> find(ReportKind kind, String periodKey);

    /** The next number in the kind's series of {@code year} (1 for the year's first). */
    int nextNumber(ReportKind kind, int year);

    PeriodicReport store(PeriodicReport report);

    ReportFile store(ReportFile file);

    /** Newest first. */
    List<PeriodicReport> latest(int limit);

    /** The report's files without their bytes (content is null), in the order stored. */
    List<FileInfo> files(long reportId);

    Optional<ReportFile> file(long fileId);

    ReportSettings settings();

    record FileInfo(long id, long reportId, String fileName, String mediaType, long size) {}
}
