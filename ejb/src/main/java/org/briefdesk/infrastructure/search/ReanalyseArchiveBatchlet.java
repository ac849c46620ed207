package org.briefdesk.infrastructure.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The batch step of the reanalyse-archive job; progress is read from {@link LuceneArchiveReanalysis}. */
// @Dependent makes it a bean in this "annotated" bean archive: @Named alone does not, and the job
// could not find its step by name.
@Dependent
@Named
public class ReanalyseArchiveBatchlet extends AbstractBatchlet {

    @Inject
    LuceneArchiveReanalysis reanalysis;

    @Override
    public String process() {
        reanalysis.run();
        return BatchStatus.COMPLETED.name();
    }
}
