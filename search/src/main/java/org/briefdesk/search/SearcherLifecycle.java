package org.briefdesk.search;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.briefdesk.search.query.ItemSearcher;

/**
 * The near-real-time searchers over the writer: a {@link SearcherManager} whose new searchers are
 * warmed on the refreshing thread, the background refresher, and the hold on refreshes while a
 * rebuild runs (a searcher opened then would show the rebuild's {@code deleteAll} before its commit;
 * searches keep the old contents instead).
 *
 * <p>No lock of its own: {@link SearcherManager} is thread-safe and every searcher is released in
 * {@link #withSearcher}; the hold is a flag that {@link BulkRebuild} sets and clears while it holds
 * the rebuild write lock.
 */
final class SearcherLifecycle {
    /** Work on one acquired searcher. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final BooleanSupplier closed;

    SearcherLifecycle(IndexWriter writer, ItemSearcher itemSearcher, IndexConfig config, BooleanSupplier closed)
            throws IOException {
        this.closed = closed;
        this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                itemSearcher.warm(reader); // on the refreshing thread, never inside a user's search
                return new IndexSearcher(reader, config.searchExecutor());
            }
        });
        if (config.refreshMillis() > 0) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "briefdesk-index-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(
                    this::backgroundRefresh, config.refreshMillis(), config.refreshMillis(), TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return work.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    /** Makes applied changes visible now, unless a rebuild is running. */
    void refresh() throws IOException {
        if (!rebuilding.get()) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** Makes committed bulk work visible now (after an import or a rebuild). */
    void refreshAfterLoad() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void holdRefreshes() {
        rebuilding.set(true);
    }

    void releaseRefreshes() {
        rebuilding.set(false);
    }

    private void backgroundRefresh() {
        try {
            if (!closed.getAsBoolean() && !rebuilding.get()) {
                searchers.maybeRefresh();
            }
        } catch (IOException | RuntimeException e) {
            // The next run retries; a closed writer is expected during shutdown.
        }
    }

    /** Stops the refresher, then the searchers (before the writer is rolled back). */
    void close() throws IOException {
        if (refresher != null) {
            refresher.shutdownNow();
            try {
                refresher.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        searchers.close();
    }
}
