package org.briefdesk.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.search.index.ItemDocument;
import org.briefdesk.search.index.ItemIndex;

/**
 * The single writer that keeps the index in step with the database. It applies outbox rows in
 * sequence order, commits the index with the last applied sequence, then stores the duplicate links
 * of the changed items. After a crash it simply continues after the sequence the index committed;
 * an empty, damaged or outdated index is rebuilt from the database.
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexUpdater {

    private static final Logger LOG = Logger.getLogger(IndexUpdater.class.getName());
    private static final int BATCH = 500;

    @Inject
    SearchIndex search;

    @Inject
    IndexFeed feed;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile RebuildProgress progress = RebuildProgress.idle();

    @PostConstruct
    void start() {
        executor.submit(() -> {
            if (index().needsRebuild() || (index().size() == 0 && !feed.indexableIds(0, 1).isEmpty())) {
                rebuild();
            } else {
                catchUp();
            }
            return null;
        });
    }

    /** Asks for a catch-up soon; returns at once. Requests while one runs fold into one more pass. */
    public void requestCatchUp() {
        executor.submit(this::catchUp);
    }

    /** The safety net: even a lost trigger is caught within seconds. */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void periodicCatchUp() {
        catchUp();
    }

    /** Applies every change after the index's last applied sequence; returns how many were applied. */
    public int catchUp() {
        pending.set(true);
        if (!writing.tryLock()) {
            return 0;
        }
        int applied = 0;
        try {
            while (pending.getAndSet(false)) {
                for (int n; (n = applyBatch()) > 0; ) {
                    applied += n;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "index catch-up failed; it is retried by the next trigger", e);
        } finally {
            writing.unlock();
        }
        return applied;
    }

    private int applyBatch() throws IOException {
        ItemIndex index = index();
        List<IndexFeed.Change> batch = feed.after(index.lastAppliedSequence(), BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        // The feed reads each item's current state, so several changes of one item apply once.
        Map<Long, Long> lastSeqOfItem = new LinkedHashMap<>();
        for (IndexFeed.Change c : batch) {
            lastSeqOfItem.put(c.itemId(), c.seq());
        }
        Map<Long, ItemDocument> upserted = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> e : lastSeqOfItem.entrySet()) {
            Optional<ItemDocument> doc = feed.document(e.getKey());
            if (doc.isPresent()) {
                index.index(doc.get(), e.getValue());
                upserted.put(e.getKey(), doc.get());
            } else {
                index.delete(Long.toString(e.getKey()), e.getValue());
            }
        }
        index.commit(batch.get(batch.size() - 1).seq());
        index.refresh();
        for (Map.Entry<Long, ItemDocument> e : upserted.entrySet()) {
            feed.storeLinks(e.getKey(), index.findSimilar(e.getValue()));
        }
        return batch.size();
    }

    /** Rebuilds the index from the database and recomputes every item's links, reporting progress. */
    public void rebuild() {
        writing.lock();
        try {
            long seq = feed.lastSequence();
            progress = RebuildProgress.started();
            ItemIndex index = index();
            long indexed = index.rebuild(new DatabaseDocuments(feed), seq, 2,
                    (done, failed, rate) -> progress = progress.indexed(done));
            index.refresh();
            progress = progress.linking(indexed);
            long done = 0;
            for (long after = 0; ; ) {
                List<Long> ids = feed.indexableIds(after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                for (ItemDocument doc : feed.documents(ids)) {
                    feed.storeLinks(Long.parseLong(doc.id()), index.findSimilar(doc));
                    progress = progress.linked(++done);
                }
                after = ids.get(ids.size() - 1);
            }
            progress = progress.finished();
            LOG.info(() -> "Search index rebuilt: " + indexed + " items");
        } catch (IOException | RuntimeException e) {
            progress = progress.failed(e.getMessage());
            LOG.log(Level.SEVERE, "index rebuild failed", e);
        } finally {
            writing.unlock();
        }
        catchUp();
    }

    public RebuildProgress progress() {
        return progress;
    }

    private ItemIndex index() {
        return search.index();
    }

    /** Streams searchable items page by page, each page in its own short transaction. */
    private static final class DatabaseDocuments implements Iterator<ItemDocument> {
        private final IndexFeed feed;
        private Iterator<ItemDocument> page = List.<ItemDocument>of().iterator();
        private long afterId;
        private boolean exhausted;

        DatabaseDocuments(IndexFeed feed) {
            this.feed = feed;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !exhausted) {
                List<Long> ids = feed.indexableIds(afterId, BATCH);
                if (ids.isEmpty()) {
                    exhausted = true;
                } else {
                    afterId = ids.get(ids.size() - 1);
                    page = feed.documents(ids).iterator();
                }
            }
            return page.hasNext();
        }

        @Override
        public ItemDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
