package org.briefdesk.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.briefdesk.domain.model.scheduling.JobRun;
import org.briefdesk.domain.model.scheduling.JobRunRepository;

/**
 * The lease and the run record, each step in a transaction of its own: a claim is committed before
 * the work starts (so no other node claims the period meanwhile), and the work's own transactions
 * never roll the record back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLedger {

    @Inject
    JobLeases leases;

    @Inject
    JobRunRepository runs;

    public boolean acquire(String job, String node, Instant now, Instant until) {
        return leases.acquire(job, node, now, until);
    }

    public void release(String node) {
        leases.release(node);
    }

    /**
     * Claims {@code period} of {@code job} for {@code node}: a new run, or another attempt at a
     * failed or abandoned one; empty when it is done or being done. A second node racing for the
     * same new period fails on the unique (job, period) and its transaction rolls back.
     */
    public Optional<Long> claim(String job, String period, String node, Instant now) {
        Optional<JobRun> existing = runs.find(job, period);
        if (existing.isEmpty()) {
            return Optional.of(runs.insert(new JobRun(job, period, node, now)).getId());
        }
        JobRun run = existing.get();
        if (!run.claimable(now)) {
            return Optional.empty();
        }
        run.retry(node, now);
        return Optional.of(run.getId());
    }

    public JobRunView finish(long runId, String detail, Instant now) {
        JobRun run = runs.find(runId).orElseThrow();
        run.finish(detail, now);
        return JobRunView.of(run);
    }

    public JobRunView fail(long runId, String reason, Instant now) {
        JobRun run = runs.find(runId).orElseThrow();
        run.fail(reason, now);
        return JobRunView.of(run);
    }
}
