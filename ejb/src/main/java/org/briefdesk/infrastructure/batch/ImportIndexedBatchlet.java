package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.application.search.IndexMaintenance;

/**
 * The archive-import job's last step: waits until the index has applied every change the import
 * wrote and stored the duplicate links the index updater finds for each new item (among the imported
 * items and against everything stored, by the same detection every submitted item gets), then notes
 * each imported record's duplicate and when the run became searchable.
 */
@Named
@Dependent
public class ImportIndexedBatchlet extends AbstractBatchlet {

    private static final long POLL_MILLIS = 200;
    private static final long GIVE_UP_MILLIS = 4 * 3600_000L;

    @Inject
    IndexMaintenance index;

    @Inject
    ImportLedger ledger;

    @Inject
    JobContext job;

    private volatile boolean stopped;

    @Override
    public String process() throws InterruptedException {
        long target = index.databaseSequence();
        long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (index.linkedSequence() < target) {
            if (stopped) {
                return BatchStatus.STOPPED.name();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(
                        "检索索引4小时内未能跟上导入（已应用到变更 " + index.linkedSequence() + "，需要 " + target + "）；请查看索引管理");
            }
            Thread.sleep(POLL_MILLIS);
        }
        ledger.indexed(ImportJobProperties.runId(job));
        return BatchStatus.COMPLETED.name();
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
