package org.briefdesk.domain.model.upward;

import java.util.List;
import java.util.Optional;

public interface UpwardSubmissionRepository {

    Optional<UpwardSubmission> find(long id);

    UpwardSubmission store(UpwardSubmission submission);

    /** The next number of the year's series of sends. */
    int nextNumber(int year);

    /** Newest first. */
    List<UpwardSubmission> latest(int limit);
}
