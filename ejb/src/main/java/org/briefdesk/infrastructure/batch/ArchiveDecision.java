package org.briefdesk.infrastructure.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.archive.SourcePlace;
import org.briefdesk.domain.model.item.RichText;

/**
 * What the processor decided for one record: import it (unit, title, body, columns and date all
 * checked; unit and columns by id, since each chunk's transaction loads its own entities) or skip it
 * with a reason. The writer still skips an importable record whose key is
 * already imported.
 */
record ArchiveDecision(
        SourcePlace place,
        ImportKey key,
        String title,
        String unitName,
        Long unitId,
        RichText body,
        LocalDate eventDate,
        List<Long> columnIds,
        boolean adopted,
        Instant reportedAt,
        SkipReason skip,
        String reason) {

    static ArchiveDecision importable(
            SourcePlace place,
            ImportKey key,
            String unitName,
            String title,
            long unitId,
            RichText body,
            LocalDate eventDate,
            List<Long> columnIds,
            boolean adopted,
            Instant reportedAt) {
        return new ArchiveDecision(
                place, key, title, unitName, unitId, body, eventDate, columnIds, adopted, reportedAt, null, null);
    }

    static ArchiveDecision skipped(
            SourcePlace place, ImportKey key, String title, String unitName, SkipReason skip, String reason) {
        return new ArchiveDecision(place, key, title, unitName, null, null, null, List.of(), false, null, skip, reason);
    }

    boolean importable() {
        return skip == null;
    }
}
