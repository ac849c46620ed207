package org.briefdesk.application.importing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.domain.model.archive.ImportRun;

/** An import run as pages and the API show it; {@code status} is the ImportStatus name. */
public record ImportRunView(
        long id,
        String sourceName,
        String kind,
        String kindLabel,
        String status,
        String statusLabel,
        Long total,
        long done,
        long imported,
        long skipped,
        long duplicates,
        int percent,
        boolean running,
        boolean restartable,
        Instant createdAt,
        Instant importedAt,
        Instant searchableAt,
        Instant finishedAt,
        String failure,
        List<String> unmatchedUnits) {

    static ImportRunView of(ImportRun r, List<String> unmatchedUnits) {
        return new ImportRunView(
                r.getId(),
                r.getSourceName(),
                r.getSourceKind().name(),
                r.getSourceKind().getLabel(),
                r.getStatus().name(),
                r.getStatus().getLabel(),
                r.getTotal(),
                r.getImported() + r.getSkipped(),
                r.getImported(),
                r.getSkipped(),
                r.getDuplicates(),
                r.percent(),
                r.getStatus().running(),
                r.getStatus().restartable(),
                r.getCreatedAt(),
                r.getImportedAt(),
                r.getSearchableAt(),
                r.getFinishedAt(),
                r.getFailure(),
                unmatchedUnits);
    }
}
