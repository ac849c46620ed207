package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;

/** Decides each record of the archive-import job (see {@link ArchiveRecordRules}). */
@Named
@Dependent
public class ArchiveRecordProcessor implements ItemProcessor {

    @Inject
    UnitRepository units;

    @Inject
    BriefingColumnRepository columns;

    /** Loaded once per step: the units and columns do not change under an import. */
    private ArchiveRecordRules rules;

    @Override
    public Object processItem(Object item) {
        if (rules == null) {
            rules = new ArchiveRecordRules(
                    new UnitDirectory(units.all(), columns.all()), LocalDate.now(DistrictTime.clock()));
        }
        return rules.decide((SourceRecord) item);
    }
}
