package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.domain.model.archive.ImportStatus;

/** Keeps the run's status in step with its job: started, then completed, stopped or failed (and why). */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Override
    public void beforeJob() {
        ledger.started(ImportJobProperties.runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus s = job.getBatchStatus();
        ImportStatus end = s == BatchStatus.COMPLETED
                ? ImportStatus.COMPLETED
                : s == BatchStatus.STOPPING || s == BatchStatus.STOPPED ? ImportStatus.STOPPED : ImportStatus.FAILED;
        Object why = job.getTransientUserData();
        ledger.ended(
                ImportJobProperties.runId(job),
                end,
                end == ImportStatus.FAILED ? (why == null ? "导入任务失败" : why.toString()) : null);
    }
}
