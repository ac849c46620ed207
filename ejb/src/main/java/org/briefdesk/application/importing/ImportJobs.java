package org.briefdesk.application.importing;

import org.briefdesk.domain.model.archive.ImportSourceKind;

/** The batch runtime that runs import jobs. */
public interface ImportJobs {

    /**
     * Starts the job of a run once the caller's transaction has committed (the job reads the run
     * from the database); a restart continues after the run's last committed record.
     */
    void startAfterCommit(long runId, ImportSourceKind kind, Long previousExecutionId);

    /**
     * Asks a running job to stop after its current chunk (a job no longer running is marked
     * stopped). The run is already marked STOPPING in the database: a job running on another node
     * of the cluster ({@code node}) sees that after its current chunk and stops itself.
     */
    void stop(long runId, long executionId, String node);
}
