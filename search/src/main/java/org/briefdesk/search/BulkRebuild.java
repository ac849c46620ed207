package org.briefdesk.search;

import java.io.IOException;
import java.util.Iterator;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;

/**
 * Loads of many items at once with parallel analysis ({@link BulkLoader}): an import adds to the
 * index, a rebuild replaces it.
 *
 * <p>Why the locks: an import holds the rebuild lock's read side like any update (it may run beside
 * them; it only adds) and then commits through {@link IndexCommits#commit}, so it waits for a
 * running rebuild. A rebuild holds the write side for its whole {@code deleteAll}, load and commit,
 * so that no concurrent update is swallowed by the delete and no other commit makes the half-done
 * contents durable; meanwhile it holds the searchers' refreshes, so searches keep the old contents
 * until the rebuild is committed.
 */
final class BulkRebuild {
    private final IndexCommits commits;
    private final SearcherLifecycle searchers;
    private final DocumentBuilder builder;

    BulkRebuild(IndexCommits commits, SearcherLifecycle searchers, DocumentBuilder builder) {
        this.commits = commits;
        this.searchers = searchers;
        this.builder = builder;
    }

    long importAll(Iterator<ItemDocument> items, long sequence, int threads, RebuildListener listener)
            throws IOException {
        long t0 = System.nanoTime();
        BulkLoader.Result r;
        boolean intoEmptyIndex;
        commits.rebuildLock().readLock().lock();
        try {
            commits.ensureOpen();
            intoEmptyIndex = commits.committedSchema() == 0 && commits.writer().getDocStats().numDocs == 0;
            r = load(items, threads, listener, t0);
            commits.markApplied(sequence);
        } finally {
            commits.rebuildLock().readLock().unlock();
        }
        commits.commit(sequence, intoEmptyIndex);
        searchers.refreshAfterLoad();
        listener.progress(r.done(), r.failed(), rate(r.done(), t0));
        return r.done();
    }

    long rebuild(Iterator<ItemDocument> items, long sequence, String origin, int threads, RebuildListener listener)
            throws IOException {
        commits.rebuildLock().writeLock().lock();
        searchers.holdRefreshes();
        try {
            commits.ensureOpen();
            commits.writer().deleteAll();
            long t0 = System.nanoTime();
            BulkLoader.Result r = load(items, threads, listener, t0);
            commits.commitLocked(sequence, ItemFields.SCHEMA_VERSION, origin);
            commits.resetApplied(sequence);
            listener.progress(r.done(), r.failed(), rate(r.done(), t0));
            return r.done();
        } finally {
            searchers.releaseRefreshes();
            commits.rebuildLock().writeLock().unlock();
            searchers.refreshAfterLoad();
        }
    }

    private BulkLoader.Result load(Iterator<ItemDocument> items, int threads, RebuildListener listener, long t0)
            throws IOException {
        return new BulkLoader(builder, commits.writer(), Math.max(1, threads))
                .load(items, (done, failed) -> listener.progress(done, failed, rate(done, t0)));
    }

    private static double rate(long done, long t0) {
        return done / Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
    }
}
