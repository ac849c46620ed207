package org.briefdesk.infrastructure.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.ItemFeatures;
import org.briefdesk.search.similar.SimilarMatch;

/**
 * The index updater's catch-up: applies the outbox in passes of up to {@code batchSize} changes, each
 * analysed and indexed on every core, committed with its last sequence and refreshed, and then
 * linked ({@link DuplicateLinker}) from the features it was indexed with.
 *
 * <p>The passes overlap: while the workers look up one pass's duplicates, this thread loads the next
 * pass's items from the database; while they index that next pass, this thread stores the first
 * pass's links. Only the commit and refresh keep the workers waiting. The outcome is the one of
 * passes run one after the other: a pass's lookups run on the index as it was refreshed after that
 * pass (indexing the next pass changes nothing they see), and its links are stored before the next
 * pass's lookups read the link watermark.
 */
final class CatchUpPasses {

    private final IndexFeed feed;
    private final DuplicateLinker linker;
    private final String node;
    private final int batchSize;

    CatchUpPasses(IndexFeed feed, DuplicateLinker linker, String node, int batchSize) {
        this.feed = feed;
        this.linker = linker;
        this.node = node;
        this.batchSize = batchSize;
    }

    /** One pass's changes and the current documents of its items (an item missing is gone or not searchable). */
    private record Pass(
            long from, List<IndexFeed.Change> changes, Map<Long, Long> lastSeqOfItem, Map<Long, ItemDocument> current) {

        long to() {
            return changes.get(changes.size() - 1).seq();
        }
    }

    /** A pass's duplicate lookups, running on the workers. */
    private record Lookups(LinkPass pass, Map<Long, Future<List<SimilarMatch>>> running) {}

    /** Applies every change after the index's last applied sequence; returns how many were applied. */
    int applyAll(ItemIndex index) throws IOException {
        int applied = 0;
        Pass pass = load(index.lastAppliedSequence());
        Lookups lookups = null;
        Map<Long, Future<ItemFeatures>> indexing = Map.of();
        try {
            while (pass != null) {
                indexing = analyse(index, pass);
                if (lookups != null) {
                    store(lookups);
                    lookups = null;
                }
                Map<Long, ItemFeatures> upserted = linker.await(indexing, "indexing");
                indexing = Map.of();
                index.commit(pass.to());
                index.refresh();
                applied += pass.changes().size();
                lookups = lookUp(index, LinkPass.of(pass.from(), pass.changes()), upserted);
                pass = load(pass.to());
            }
            if (lookups != null) {
                store(lookups);
            }
        } catch (IOException | RuntimeException e) {
            // No task of this catch-up may still write to the index once the writer lock is released.
            linker.drain(indexing);
            if (lookups != null) {
                linker.drain(lookups.running());
            }
            throw e;
        }
        return applied;
    }

    private Pass load(long from) {
        List<IndexFeed.Change> changes = feed.after(from, batchSize);
        if (changes.isEmpty()) {
            return null;
        }
        // The feed reads each item's current state, so several changes of one item apply once.
        Map<Long, Long> lastSeqOfItem = new LinkedHashMap<>();
        for (IndexFeed.Change c : changes) {
            lastSeqOfItem.put(c.itemId(), c.seq());
        }
        // One query for the pass's documents.
        Map<Long, ItemDocument> current = new HashMap<>();
        for (ItemDocument d : feed.documents(new ArrayList<>(lastSeqOfItem.keySet()))) {
            current.put(Long.parseLong(d.id()), d);
        }
        return new Pass(from, changes, lastSeqOfItem, current);
    }

    /**
     * Deletes what is gone and hands each remaining item's analysis to the workers (queued behind the
     * previous pass's lookups): each item is analysed once, and the features it was indexed with
     * serve its duplicate lookup after the refresh.
     */
    private Map<Long, Future<ItemFeatures>> analyse(ItemIndex index, Pass pass) throws IOException {
        Map<Long, Callable<ItemFeatures>> analyses = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> e : pass.lastSeqOfItem().entrySet()) {
            ItemDocument doc = pass.current().get(e.getKey());
            long seq = e.getValue();
            if (doc != null) {
                analyses.put(e.getKey(), () -> index.index(doc, seq));
            } else {
                index.delete(Long.toString(e.getKey()), seq);
            }
        }
        return linker.submit(analyses);
    }

    /**
     * The usual case of duplicate links: this server is the first to apply the pass, so it looks up
     * the pass's links from the features it just indexed; when another server stored some or all of
     * them first, only the rest (or nothing). A watermark behind the pass (a server died between its
     * index commit and its links) is left to {@link DuplicateLinker#linkPending}.
     */
    private Lookups lookUp(ItemIndex index, LinkPass pass, Map<Long, ItemFeatures> upserted) {
        long watermark = feed.linkedSequence();
        if (!pass.claimable(watermark)) {
            return null;
        }
        Set<Long> mine = pass.itemsToStore(watermark);
        Map<Long, Callable<List<SimilarMatch>>> tasks = new LinkedHashMap<>();
        upserted.forEach((id, features) -> {
            if (mine.contains(id)) {
                tasks.put(id, () -> index.findSimilar(features));
            }
        });
        return new Lookups(pass, linker.submit(tasks));
    }

    private void store(Lookups lookups) throws IOException {
        feed.storeLinksOnce(lookups.pass(), linker.await(lookups.running(), "duplicate detection"), node);
    }
}
