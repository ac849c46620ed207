package org.briefdesk.application.importing;

import org.briefdesk.domain.model.archive.ImportRecord;

/** One line of a run's report: where the record was, what became of it and why. */
public record ImportRecordView(
        long position,
        String source,
        String key,
        String title,
        String unit,
        String outcome,
        String reason,
        Long itemId,
        Long duplicateOf) {

    static ImportRecordView of(ImportRecord r) {
        return new ImportRecordView(
                r.getPosition(),
                r.getSourceRef(),
                r.getImportKey() == null ? null : r.getImportKey().display(),
                r.getTitle(),
                r.getUnitName(),
                r.getOutcome().name(),
                r.getReasonCode() == null ? null : r.getReasonCode().getLabel() + "：" + r.getReason(),
                r.getItemId(),
                r.getDuplicateOfId());
    }
}
