package org.briefdesk.infrastructure.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private final ExecutorService lookups =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "briefdesk-similar");
                t.setDaemon(true);
                return t;
            });

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

    /**
     * Duplicate detection for a page of items, one lookup per core at a time (a large import brings
     * 500 new items per batch; like the rebuild's analysis threads, the lookups touch nothing but Lucene).
     */
    Map<Long, List<SimilarMatch>> similar(ItemIndex index, List<ItemDocument> docs) throws IOException {
        Map<Long, Future<List<SimilarMatch>>> pending = new LinkedHashMap<>();
        for (ItemDocument doc : docs) {
            pending.put(Long.parseLong(doc.id()), lookups.submit(() -> index.findSimilar(doc)));
        }
        Map<Long, List<SimilarMatch>> found = new LinkedHashMap<>();
        try {
            for (Map.Entry<Long, Future<List<SimilarMatch>>> e : pending.entrySet()) {
                found.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("duplicate detection interrupted", e);
        } catch (ExecutionException e) {
            pending.values().forEach(f -> f.cancel(true));
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return found;
    }

    void shutdown() {
        lookups.shutdownNow();
    }
}
