package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 停止 from any node of the cluster: the button marks the run STOPPING in the database, but only the
 * node running the job holds its execution in memory (another node's job operator would stop a
 * copy read from the job repository). So after every chunk the running job reads its run's status
 * (one row by key per 200 records) and, when a stop was asked for, stops itself through its own
 * node's operator: the step ends after that chunk and the job listener records STOPPED.
 */
@Named
@Dependent
public class ImportStopWatch extends AbstractChunkListener {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Override
    public void afterChunk() {
        if (ledger.stopRequested(ImportJobProperties.runId(job))) {
            BatchRuntime.getJobOperator().stop(job.getExecutionId());
        }
    }
}
