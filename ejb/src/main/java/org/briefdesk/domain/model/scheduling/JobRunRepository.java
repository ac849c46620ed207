package org.briefdesk.domain.model.scheduling;

import java.util.List;
import java.util.Optional;

public interface JobRunRepository {

    Optional<JobRun> find(String jobName, String periodKey);

    Optional<JobRun> find(long id);

    /** Stores a new run and writes it at once, so a second claim of the same period fails here. */
    JobRun insert(JobRun run);

    /** The latest runs, newest first; of one job when {@code jobName} is given. */
    List<JobRun> latest(String jobName, int limit);
}
