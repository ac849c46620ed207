package org.briefdesk.infrastructure.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.SimilarMatch;

/**
 * Duplicate detection for the index updater. Every server of a cluster follows the outbox into its
 * own index, but each change's links are stored once: after its index applied changes, a server
 * links the changes after the cluster's link watermark up to what its own index holds, and stores
 * them only if no other server did meanwhile ({@link LinkPass}). A server that is behind (restarted,
 * catching up) finds the watermark ahead of it and computes nothing.
 */
final class DuplicateLinker {

    private static final int BATCH = 500;

    /** The index updater's workers, one thread per core. */
    private final ExecutorService workers;

    DuplicateLinker(ExecutorService workers) {
        this.workers = workers;
    }

    /**
     * Stores the links of every change up to what {@code index} has applied that no server has
     * linked yet; returns the cluster's link watermark afterwards.
     */
    long linkPending(IndexFeed feed, ItemIndex index, String node) throws IOException {
        long applied = index.lastAppliedSequence();
        long watermark = feed.linkedSequence();
        while (watermark < applied) {
            List<IndexFeed.Change> changes = feed.after(watermark, BATCH).stream()
                    .filter(c -> c.seq() <= applied)
                    .toList();
            if (changes.isEmpty()) {
                break;
            }
            LinkPass pass = LinkPass.of(watermark, changes);
            Map<Long, List<SimilarMatch>> found = similar(
                    index, feed.documents(new ArrayList<>(pass.lastSeqOfItem().keySet())));
            // Past the pass when this server or another stored it; behind it if the database was restored.
            watermark = feed.storeLinksOnce(pass, found, node);
        }
        return watermark;
    }

    /** Duplicate detection for a page of items, one lookup per core at a time. */
    Map<Long, List<SimilarMatch>> similar(ItemIndex index, List<ItemDocument> docs) throws IOException {
        Map<Long, Callable<List<SimilarMatch>>> lookups = new LinkedHashMap<>();
        for (ItemDocument doc : docs) {
            lookups.put(Long.parseLong(doc.id()), () -> index.findSimilar(doc));
        }
        return onEveryCore(lookups, "duplicate detection");
    }

    /**
     * Runs the tasks one per core at a time and answers their results in the tasks' order (a large
     * import brings thousands of new items per pass; like the rebuild's analysis threads, the tasks touch
     * nothing but Lucene). The first failure cancels the rest.
     */
    <V> Map<Long, V> onEveryCore(Map<Long, Callable<V>> tasks, String what) throws IOException {
        return await(submit(tasks), what);
    }

    /** Queues the tasks for the workers, in order; {@link #await} collects them. */
    <V> Map<Long, Future<V>> submit(Map<Long, Callable<V>> tasks) {
        Map<Long, Future<V>> pending = new LinkedHashMap<>();
        tasks.forEach((id, task) -> pending.put(id, workers.submit(task)));
        return pending;
    }

    /** The results of submitted tasks in their order. The first failure cancels the rest. */
    <V> Map<Long, V> await(Map<Long, Future<V>> pending, String what) throws IOException {
        Map<Long, V> done = new LinkedHashMap<>();
        try {
            for (Map.Entry<Long, Future<V>> e : pending.entrySet()) {
                done.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            pending.values().forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IOException(what + " interrupted", e);
        } catch (ExecutionException e) {
            pending.values().forEach(f -> f.cancel(true));
            throw e.getCause() instanceof IOException io ? io : new IOException(what + " failed", e.getCause());
        }
        return done;
    }

    /**
     * Waits until every one of the tasks has run, whatever its outcome: after a failure, so that
     * nothing queued by a catch-up still writes to the index when the next writer starts (a
     * cancelled task that already runs would not be waited for).
     */
    void drain(Map<Long, ? extends Future<?>> pending) {
        for (Future<?> f : pending.values()) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // the failure itself is reported by whoever awaited the tasks
            }
        }
    }
}
