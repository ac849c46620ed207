package org.briefdesk.application.importing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.archive.ImportRecord;
import org.briefdesk.domain.model.archive.ImportRun;
import org.briefdesk.domain.model.archive.ImportRunRepository;
import org.briefdesk.domain.model.archive.ImportSourceKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Archive import for administrators (档案导入): a source becomes an import run whose batch job
 * imports its records as archived items; the run can be stopped and continued, and its report says
 * what became of every record.
 */
@Stateless
public class ArchiveImportService {

    /** Report pages are read in slices this large (a run may have 100,000 records). */
    private static final int REPORT_PAGE = 5_000;

    @Inject
    ImportRunRepository runs;

    @Inject
    ImportSources sources;

    @Inject
    ImportJobs jobs;

    private final Clock clock = DistrictTime.clock();

    /**
     * Imports an uploaded source (JSONL, or a zip of documents); {@code kind} null means "as its
     * name says" (.zip → documents).
     */
    public ImportRunView upload(Actor actor, String fileName, InputStream in, long maxBytes, ImportSourceKind kind) {
        actor.require(Role.ADMIN);
        return start(actor, sources.store(fileName, in, maxBytes), kind);
    }

    /** Imports a file or folder inside the server's import directory (large archives). */
    public ImportRunView fromServer(Actor actor, String relativePath, ImportSourceKind kind) {
        actor.require(Role.ADMIN);
        return start(actor, sources.onServer(relativePath), kind);
    }

    private ImportRunView start(Actor actor, ImportSources.StoredSource source, ImportSourceKind kind) {
        ImportSourceKind k = kind == null ? source.kind() : kind;
        if (k == ImportSourceKind.FILES && source.kind() == ImportSourceKind.JSONL) {
            throw new BusinessRuleViolation("source", "文档导入需要文件夹或 .zip 压缩包");
        }
        if (k != ImportSourceKind.FILES && source.kind() == ImportSourceKind.FILES) {
            throw new BusinessRuleViolation("source", "JSONL导入需要 .jsonl 文件，不能是文件夹或压缩包");
        }
        ImportRun run = runs.store(new ImportRun(source.name(), source.path(), k, actor.accountId(), clock.instant()));
        jobs.startAfterCommit(run.getId(), k, null);
        return view(run);
    }

    /**
     * Stops a running import after its current chunk, on whichever node of the cluster runs it;
     * everything written so far stays.
     */
    public ImportRunView stop(Actor actor, long runId) {
        actor.require(Role.ADMIN);
        ImportRun run = run(runId);
        if (run.getExecutionId() == null) {
            throw new BusinessRuleViolation("status", "导入正在启动，请稍后再停止");
        }
        if (!runs.markStopping(runId)) {
            throw new BusinessRuleViolation(
                    "status", "该导入未在进行（当前：" + run.getStatus().getLabel() + "）");
        }
        jobs.stop(runId, run.getExecutionId(), run.getNode());
        return view(run(runId));
    }

    /** Continues a stopped, failed or interrupted import after its last committed record. */
    public ImportRunView restart(Actor actor, long runId) {
        actor.require(Role.ADMIN);
        ImportRun run = run(runId);
        run.requireRestartable();
        Long previous = run.getExecutionId();
        run.restarting();
        jobs.startAfterCommit(runId, run.getSourceKind(), previous);
        return view(run);
    }

    public ImportRunView status(Actor actor, long runId) {
        actor.require(Role.ADMIN);
        return view(run(runId));
    }

    public List<ImportRunView> recent(Actor actor, int limit) {
        actor.require(Role.ADMIN);
        return runs.recent(limit).stream().map(this::view).toList();
    }

    /** A page of the run's per-record report, in source order. */
    public List<ImportRecordView> report(Actor actor, long runId, int offset, int limit) {
        actor.require(Role.ADMIN);
        run(runId);
        return runs.records(runId, offset, limit).stream()
                .map(ImportRecordView::of)
                .toList();
    }

    /** The whole report as CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese right. */
    public byte[] reportCsv(Actor actor, long runId) {
        actor.require(Role.ADMIN);
        ImportRun run = run(runId);
        ImportReportCsv csv = new ImportReportCsv(view(run));
        for (int offset = 0; ; offset += REPORT_PAGE) {
            List<ImportRecord> page = runs.records(runId, offset, REPORT_PAGE);
            page.forEach(r -> csv.add(ImportRecordView.of(r)));
            if (page.size() < REPORT_PAGE) {
                break;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String importDirectory(Actor actor) {
        actor.require(Role.ADMIN);
        return sources.importDirectory();
    }

    private ImportRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFound("导入批次不存在：" + runId));
    }

    /**
     * Unmatched units come from skipped records only, and a chunk stores its records with the run's
     * counts: a run that skipped nothing has none, and its status (polled every second during an
     * import) does not scan its records for them.
     */
    private ImportRunView view(ImportRun run) {
        return ImportRunView.of(
                run, run.getId() == null || run.getSkipped() == 0 ? List.of() : runs.unmatchedUnits(run.getId()));
    }
}
