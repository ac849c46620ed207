package org.briefdesk.infrastructure.batch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.briefdesk.domain.model.archive.ImportRun;
import org.briefdesk.domain.model.archive.ImportRunRepository;
import org.briefdesk.domain.model.archive.ImportStatus;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.infrastructure.Settings;

/**
 * The import run's bookkeeping outside the chunks (start, count, end, index caught up), each call
 * its own short transaction, since job listeners and batchlets run without one.
 */
@Stateless
public class ImportLedger {

    @Inject
    ImportRunRepository runs;

    private final Clock clock = DistrictTime.clock();

    /** What a reader needs of its run. */
    public record RunSource(String path, long position, Long total) {}

    public RunSource source(long runId) {
        ImportRun run = run(runId);
        return new RunSource(run.getSourcePath(), run.getPosition(), run.getTotal());
    }

    public void started(long runId, long executionId) {
        run(runId).started(executionId, Settings.nodeName());
    }

    public void counted(long runId, long records) {
        run(runId).counted(records);
    }

    public void ended(long runId, ImportStatus status, String why) {
        run(runId).ended(status, why, clock.instant());
    }

    /** The index has every item of the run: note duplicates per record and when it became searchable. */
    public void indexed(long runId) {
        long duplicates = runs.markDuplicates(runId);
        run(runId).indexed(duplicates, clock.instant());
    }

    /** Whether an administrator asked the run to stop, on this node or another one. */
    public boolean stopRequested(long runId) {
        return runs.isStopping(runId);
    }

    /** At start-up: runs whose job died with this node's previous server process. */
    public int interruptRunning() {
        var running = runs.running(Settings.nodeName());
        running.forEach(r -> r.interrupted(clock.instant()));
        return running.size();
    }

    private ImportRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFound("导入批次不存在：" + runId));
    }
}
