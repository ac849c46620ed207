package org.briefdesk.infrastructure.batch;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.application.importing.ImportJobs;
import org.briefdesk.domain.model.archive.ImportSourceKind;
import org.briefdesk.domain.model.archive.ImportStatus;
import org.briefdesk.infrastructure.Settings;

/**
 * Runs import jobs in the server's Jakarta Batch runtime (JBeret). A job is launched only after the
 * transaction that created or reset its run has committed, since the job reads the run; a restart
 * continues the previous execution, which the job repository in the database knows on every node
 * and after restarts, else (a run older than that repository) starts a new one, which resumes at the
 * run's committed position all the same.
 */
@ApplicationScoped
public class BatchImportJobs implements ImportJobs {

    private static final Logger LOG = Logger.getLogger(BatchImportJobs.class.getName());

    @Inject
    Event<Launch> launches;

    @Inject
    ImportLedger ledger;

    @Resource
    ManagedExecutorService executor;

    /** A job to launch once the current transaction commits. */
    public record Launch(long runId, ImportSourceKind kind, Long previousExecutionId) {}

    @Override
    public void startAfterCommit(long runId, ImportSourceKind kind, Long previousExecutionId) {
        launches.fire(new Launch(runId, kind, previousExecutionId));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Launch launch) {
        executor.submit(() -> launch(launch));
    }

    private void launch(Launch l) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        var parameters = ImportJobProperties.of(l.runId(), l.kind());
        try {
            if (l.previousExecutionId() != null) {
                try {
                    jobs.restart(l.previousExecutionId(), parameters);
                    return;
                } catch (NoSuchJobExecutionException | JobRestartException e) {
                    LOG.info(() -> "import run " + l.runId() + " starts a new execution: " + e.getMessage());
                }
            }
            jobs.start(ImportJobProperties.JOB, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the archive import job of run " + l.runId() + " could not be started", e);
            ledger.ended(l.runId(), ImportStatus.FAILED, "导入任务无法启动：" + e.getMessage());
        }
    }

    @Override
    public void stop(long runId, long executionId, String node) {
        if (node != null && !node.equals(Settings.nodeName())) {
            // Another node's batch runtime holds the execution; this node's operator would only stop a
            // copy read from the job repository. That node's ImportStopWatch sees the run STOPPING.
            return;
        }
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException | IllegalStateException e) {
            ledger.ended(runId, ImportStatus.STOPPED, null);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            ledger.ended(runId, ImportStatus.STOPPED, null);
        }
    }
}
