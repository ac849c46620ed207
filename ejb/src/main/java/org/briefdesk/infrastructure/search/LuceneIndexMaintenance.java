package org.briefdesk.infrastructure.search;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.briefdesk.application.search.IndexMaintenance;
import org.briefdesk.application.search.RebuildProgress;

/** The Lucene index, its updater and the outbox, as the index administration page reads them. */
@ApplicationScoped
public class LuceneIndexMaintenance implements IndexMaintenance {

    @Inject
    SearchIndex search;

    @Inject
    IndexUpdater updater;

    @Inject
    IndexFeed feed;

    @Override
    public int documents() {
        try {
            return search.index().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long appliedSequence() {
        return search.index().lastAppliedSequence();
    }

    @Override
    public long linkedSequence() {
        return updater.linkedSequence();
    }

    @Override
    public long databaseSequence() {
        return feed.lastSequence();
    }

    @Override
    public RebuildProgress progress() {
        return updater.progress();
    }

    @Override
    public Optional<String> notice() {
        return updater.notice();
    }

    @Override
    public boolean rebuilding() {
        return updater.rebuilding();
    }

    /** The Jakarta Batch job rebuild-index (META-INF/batch-jobs), whose one step is {@link RebuildIndexBatchlet}. */
    @Override
    public long startRebuild() {
        return BatchRuntime.getJobOperator().start("rebuild-index", new Properties());
    }
}
