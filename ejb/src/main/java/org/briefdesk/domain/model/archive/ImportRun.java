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
import java.time.Instant;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * One import of one source (导入批次): what it reads, how far it got and what it counted. The
 * position commits together with each chunk of imported items, so stopping, crashing and restarting
 * never loses or repeats a record. No version column: the job's chunks advance the counters with
 * one atomic update each ({@link ImportRunRepository#advance}) while an administrator may stop the
 * run, and neither must fail the other.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    public static final int NAME_MAX = 200;
    public static final int FAILURE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "source_name", nullable = false, length = NAME_MAX)
    private String sourceName;

    /** Where the server reads the source (an uploaded copy under the data directory, or the import directory). */
    @Column(name = "source_path", nullable = false, length = 1000)
    private String sourcePath;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 10)
    private ImportSourceKind sourceKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportStatus status = ImportStatus.STARTING;

    @Column(name = "execution_id")
    private Long executionId;

    /** The cluster node whose batch runtime runs the job (its job repository lives in that node's memory). */
    @Column(length = 100)
    private String node;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where the source is done up to (lines of a JSONL file, files of a folder); reading resumes after it. */
    @Column(nullable = false)
    private long position;

    @Column
    private Long total;

    @Column(nullable = false)
    private long imported;

    @Column(nullable = false)
    private long skipped;

    @Column(nullable = false)
    private long duplicates;

    /** When the last record was written to the database. */
    @Column(name = "imported_at")
    private Instant importedAt;

    /** When the search index had applied every imported item and stored their duplicate links. */
    @Column(name = "searchable_at")
    private Instant searchableAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = FAILURE_MAX)
    private String failure;

    protected ImportRun() {}

    public ImportRun(String sourceName, String sourcePath, ImportSourceKind kind, long startedBy, Instant now) {
        if (sourceName == null || sourceName.isBlank()) {
            throw new BusinessRuleViolation("source", "请选择要导入的文件");
        }
        this.sourceName = sourceName.length() > NAME_MAX ? sourceName.substring(0, NAME_MAX) : sourceName;
        this.sourcePath = sourcePath;
        this.sourceKind = kind;
        this.startedBy = startedBy;
        this.createdAt = now;
    }

    /** The batch runtime of {@code node} took the run (a first start or a restart). */
    public void started(long executionId, String node) {
        this.executionId = executionId;
        this.node = node;
        this.status = ImportStatus.STARTED;
        this.failure = null;
        this.finishedAt = null;
    }

    /** Counted once, when the reader first opens the source: the records (non-blank lines, files) in it. */
    public void counted(long records) {
        if (total == null) {
            total = records;
        }
    }

    /** The index has caught up with the run: its items are searchable and duplicates are counted. */
    public void indexed(long duplicatesFound, Instant now) {
        this.duplicates = duplicatesFound;
        this.searchableAt = now;
    }

    public void requireRestartable() {
        if (!status.restartable()) {
            throw new BusinessRuleViolation("status", "只有已停止、失败或中断的导入可以继续（当前：" + status.getLabel() + "）");
        }
    }

    /** Asked to continue: the job starts again after the last committed record. */
    public void restarting() {
        requireRestartable();
        status = ImportStatus.STARTING;
        failure = null;
        finishedAt = null;
    }

    /** The job ended as the batch runtime says: completed, stopped or failed. */
    public void ended(ImportStatus end, String why, Instant now) {
        this.status = end;
        this.failure = why == null ? null : why.length() > FAILURE_MAX ? why.substring(0, FAILURE_MAX) : why;
        this.finishedAt = now;
    }

    /** The server went down under a running job (found at the next start). */
    public void interrupted(Instant now) {
        ended(ImportStatus.INTERRUPTED, "服务器重启，导入中断；可继续导入，已导入的记录不会重复", now);
    }

    /** Share of the source done, 0–100 (0 until counted). */
    public int percent() {
        if (total == null || total == 0) {
            return status == ImportStatus.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, (imported + skipped) * 100 / total);
    }

    public Long getId() {
        return id;
    }

    /** The node running (or that last ran) the job; null before a batch runtime took the run. */
    public String getNode() {
        return node;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public ImportSourceKind getSourceKind() {
        return sourceKind;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getPosition() {
        return position;
    }

    public Long getTotal() {
        return total;
    }

    public long getImported() {
        return imported;
    }

    public long getSkipped() {
        return skipped;
    }

    public long getDuplicates() {
        return duplicates;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getSearchableAt() {
        return searchableAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }
}
