package org.briefdesk.domain.model.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One source record of an import run and what became of it (导入记录): imported as an item, or
 * skipped with the reason in Chinese. The rows of a run are its downloadable report.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord {

    public static final int REF_MAX = 300;
    public static final int REASON_MAX = 500;
    public static final int TITLE_MAX = 100;
    public static final int UNIT_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_record_seq")
    @SequenceGenerator(name = "import_record_seq", sequenceName = "import_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    /** The record's place in the source, from 1 (line or file number). */
    @Column(nullable = false)
    private long position;

    /** Where the record is in the source, as a person finds it: 第12行, or a file's path in the zip. */
    @Column(name = "source_ref", nullable = false, length = REF_MAX)
    private String sourceRef;

    @Column(name = "import_key", length = ImportKey.MAX)
    private String importKey;

    @Column(length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 20)
    private SkipReason reasonCode;

    @Column(length = REASON_MAX)
    private String reason;

    /** The unit as the source names it (the report lists names that match no unit). */
    @Column(name = "unit_name", length = UNIT_MAX)
    private String unitName;

    @Column(name = "item_id")
    private Long itemId;

    /** An item this one duplicates, as duplicate detection found once the index caught up. */
    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    protected ImportRecord() {}

    private ImportRecord(long runId, SourcePlace place, ImportKey key, String title, String unitName) {
        this.runId = runId;
        this.position = place.position();
        this.sourceRef = cut(place.ref(), REF_MAX);
        this.importKey = key == null ? null : key.value();
        this.title = cut(title, TITLE_MAX);
        this.unitName = cut(unitName, UNIT_MAX);
    }

    public static ImportRecord imported(
            long runId, SourcePlace place, ImportKey key, String title, String unitName, long itemId) {
        ImportRecord r = new ImportRecord(runId, place, key, title, unitName);
        r.outcome = ImportOutcome.IMPORTED;
        r.itemId = itemId;
        return r;
    }

    public static ImportRecord skipped(
            long runId,
            SourcePlace place,
            ImportKey key,
            String title,
            String unitName,
            SkipReason code,
            String reason) {
        ImportRecord r = new ImportRecord(runId, place, key, title, unitName);
        r.outcome = ImportOutcome.SKIPPED;
        r.reasonCode = code;
        r.reason = cut(reason, REASON_MAX);
        return r;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getPosition() {
        return position;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public ImportKey getImportKey() {
        return importKey == null ? null : new ImportKey(importKey);
    }

    public String getTitle() {
        return title;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    public SkipReason getReasonCode() {
        return reasonCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getReason() {
        return reason;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }
}
