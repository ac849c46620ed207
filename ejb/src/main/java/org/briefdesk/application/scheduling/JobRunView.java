package org.briefdesk.application.scheduling;

import java.io.Serializable;
import java.time.Instant;
import org.briefdesk.domain.model.scheduling.JobRun;

/** One recorded run of a job for a period, as pages and the API show it. */
public record JobRunView(
        long id,
        String job,
        String period,
        String node,
        Instant startedAt,
        Instant finishedAt,
        String outcome,
        String outcomeLabel,
        String detail,
        int attempts)
        implements Serializable {

    public static JobRunView of(JobRun r) {
        return new JobRunView(
                r.getId(),
                r.getJobName(),
                r.getPeriodKey(),
                r.getNode(),
                r.getStartedAt(),
                r.getFinishedAt(),
                r.getOutcome().name(),
                r.getOutcome().getLabel(),
                r.getDetail(),
                r.getAttempts());
    }
}
