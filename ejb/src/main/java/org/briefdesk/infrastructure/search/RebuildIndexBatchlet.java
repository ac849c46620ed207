package org.briefdesk.infrastructure.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.application.search.RebuildProgress;

/** The batch step of the rebuild-index job; progress is read from {@link IndexUpdater#progress()}. */
// @Dependent makes it a bean in this "annotated" bean archive: @Named alone does not, and the job
// could not find its step by name.
@Dependent
@Named
public class RebuildIndexBatchlet extends AbstractBatchlet {

    @Inject
    IndexUpdater updater;

    @Override
    public String process() {
        updater.rebuild();
        RebuildProgress p = updater.progress();
        if (p.phase().equals("FAILED")) {
            throw new IllegalStateException("index rebuild failed: " + p.error());
        }
        return BatchStatus.COMPLETED.name();
    }
}
