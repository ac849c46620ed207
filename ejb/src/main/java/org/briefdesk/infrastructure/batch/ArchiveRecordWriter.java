package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.item.ChangeOutbox;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.ImportRecord;
import org.briefdesk.domain.model.archive.ImportRunRepository;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Stores one chunk in the chunk's transaction: the archived items, their import keys (unique), the
 * outbox rows that get them indexed and checked for duplicates, every record's report line and the
 * run's position. All of it commits or none: a crash mid-chunk leaves the run where the last chunk
 * left it, and the restart writes the chunk again exactly once.
 */
@Named
@Dependent
public class ArchiveRecordWriter extends AbstractItemWriter {

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Inject
    ImportRunRepository runs;

    @Inject
    ChangeOutbox outbox;

    @Inject
    JobContext job;

    private final Clock clock = DistrictTime.clock();

    @Override
    public void writeItems(List<Object> chunk) {
        long runId = ImportJobProperties.runId(job);
        List<ArchiveDecision> decisions =
                chunk.stream().map(o -> (ArchiveDecision) o).toList();
        Set<String> present = runs.presentKeys(decisions.stream()
                .filter(ArchiveDecision::importable)
                .map(ArchiveDecision::key)
                .toList());
        Set<String> seen = new HashSet<>();
        List<ImportRecord> records = new ArrayList<>();
        List<Item> stored = new ArrayList<>();
        List<ImportKey> keys = new ArrayList<>();
        int skipped = 0;
        for (ArchiveDecision d : decisions) {
            if (!d.importable()) {
                records.add(skipped(runId, d, d.skip(), d.reason()));
                skipped++;
            } else if (present.contains(d.key().value())) {
                records.add(skipped(runId, d, SkipReason.ALREADY_IMPORTED, "此前已导入（导入标识相同），未重复导入"));
                skipped++;
            } else if (!seen.add(d.key().value())) {
                records.add(skipped(runId, d, SkipReason.REPEATED_IN_SOURCE, "与本来源中前面的记录相同（导入标识相同）"));
                skipped++;
            } else {
                Item item = Item.archived(
                        em.find(Unit.class, d.unitId()),
                        d.title(),
                        d.body(),
                        d.eventDate(),
                        d.columnIds().stream()
                                .map(id -> em.find(BriefingColumn.class, id))
                                .toList(),
                        d.adopted(),
                        d.reportedAt());
                em.persist(item);
                stored.add(item);
                keys.add(d.key());
                records.add(ImportRecord.imported(runId, d.place(), d.key(), d.title(), d.unitName(), item.getId()));
            }
        }
        // The keys and outbox rows are JDBC batches that refer to the items: flush those first.
        em.flush();
        List<Long> ids = stored.stream().map(Item::getId).toList();
        runs.storeKeys(keys, ids, runId);
        records.forEach(runs::storeRecord);
        outbox.itemsChanged(ids);
        long position = decisions.get(decisions.size() - 1).place().position();
        runs.advance(runId, position, stored.size(), skipped, clock.instant());
    }

    private static ImportRecord skipped(long runId, ArchiveDecision d, SkipReason why, String reason) {
        return ImportRecord.skipped(runId, d.place(), d.key(), d.title(), d.unitName(), why, reason);
    }
}
