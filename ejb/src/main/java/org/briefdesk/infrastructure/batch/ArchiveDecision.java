package org.briefdesk.infrastructure.batch;

import java.time.Instant;
import java.util.List;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.archive.SourcePlace;
import org.briefdesk.domain.model.item.ItemContent;

/**
 * What the processor decided for one record: import it (unit, content, columns and date all
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
        ItemContent content,
        List<Long> columnIds,
        boolean adopted,
        Instant reportedAt,
        SkipReason skip,
        String reason) {

    static ArchiveDecision importable(
            SourcePlace place,
            ImportKey key,
            String unitName,
            long unitId,
            ItemContent content,
            List<Long> columnIds,
            boolean adopted,
            Instant reportedAt) {
        return new ArchiveDecision(
                place, key, content.title(), unitName, unitId, content, columnIds, adopted, reportedAt, null, null);
    }

    static ArchiveDecision skipped(
            SourcePlace place, ImportKey key, String title, String unitName, SkipReason skip, String reason) {
        return new ArchiveDecision(place, key, title, unitName, null, null, List.of(), false, null, skip, reason);
    }

    boolean importable() {
        return skip == null;
    }
}
