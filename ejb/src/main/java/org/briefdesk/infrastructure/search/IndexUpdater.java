package org.briefdesk.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.application.search.RebuildProgress;
import org.briefdesk.infrastructure.Settings;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.SimilarMatch;

/**
 * The single writer that keeps this server's index in step with the database. It applies outbox rows
 * in sequence order, commits the index with the last applied sequence, then stores the duplicate
 * links of the changes no server of the cluster has linked yet ({@link DuplicateLinker}). After a
 * crash it simply continues after the sequence the index committed; an empty, damaged or outdated
 * index is rebuilt from the database. Every server polls the outbox each second, so a change
 * committed on another server is searchable here within about a second.
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexUpdater {

    private static final Logger LOG = Logger.getLogger(IndexUpdater.class.getName());
    private static final int BATCH = 500;
    /**
     * Changes applied per catch-up pass. An import brings them by the thousand: each pass ends in a
     * refresh, i.e. a new small segment and new idf, and every duplicate lookup seeks its ~60 terms in
     * every segment; passes of 500 left the lookups spending much of their time on segment overhead.
     */
    private static final int CATCH_UP_BATCH = 2_000;

    /** Changes per catch-up pass ({@link #CATCH_UP_BATCH}; a test makes several passes of a few). */
    int catchUpBatch = CATCH_UP_BATCH;

    private static final long RETRY_REBUILD_MILLIS = 60_000;

    @Inject
    SearchIndex search;

    @Inject
    IndexFeed feed;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock writing = new ReentrantLock();
    /** Analysis and duplicate lookups of a batch, one thread per core. */
    private final ExecutorService workers =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "briefdesk-index-worker");
                t.setDaemon(true);
                return t;
            });

    private final DuplicateLinker linker = new DuplicateLinker(workers);
    /** Names this server in the record of link passes. */
    private final String node;

    private final AtomicBoolean pending = new AtomicBoolean();
    /** No catch-up before the start-up pass has decided whether the index must be rebuilt first. */
    private volatile boolean started;

    private volatile long lastFailedRebuild;
    private volatile RebuildProgress progress = RebuildProgress.idle();
    /** The last change this index applied whose duplicate links are stored too, by any server. */
    private volatile long linkedSequence;
    /** The last thing the administrator should know about the index (why it was rebuilt), or null. */
    private volatile String notice;

    public IndexUpdater() {
        this(Settings.nodeName());
    }

    IndexUpdater(String node) {
        this.node = node;
    }

    @PostConstruct
    void start() {
        executor.submit(this::startUp);
    }

    /**
     * The first pass after deployment, under the writer lock so no early catch-up can slip in: an
     * index that is new, damaged, of an old schema, empty while the database has items, built from
     * another database, or ahead of this database's outbox is rebuilt; then everything after its
     * last applied change is caught up.
     */
    void startUp() {
        writing.lock();
        try {
            rebuildIfItDoesNotFollow();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "the search index could not be checked at start-up", e);
        } finally {
            started = true;
            writing.unlock();
        }
        catchUp();
    }

    private void rebuildIfItDoesNotFollow() throws IOException {
        String reason = rebuildReason(index());
        if (reason != null) {
            LOG.warning("Rebuilding the search index from the database: " + reason);
            notice = "索引已从数据库重建：" + reason;
            // The links live in the database: a new or damaged index of one server leaves them valid,
            // unless no server ever computed them for every item (demo data comes without outbox rows).
            rebuildLocked(!feed.linksComputedForAll());
        }
    }

    /**
     * Why the index cannot simply continue after its last applied change, in Chinese for the
     * administrator; null when it follows this database's outbox. Sequence numbers mean something
     * only within one database, and only while its outbox never goes backwards (a restore does that).
     */
    private String rebuildReason(ItemIndex index) throws IOException {
        if (index.needsRebuild()) {
            return search.openingNote().orElse("索引为空或格式已过时");
        }
        if (index.size() == 0 && !feed.indexableIds(0, 1).isEmpty()) {
            return "索引为空，而数据库中有信息";
        }
        String database = feed.databaseId();
        if (!database.equals(index.origin())) {
            return "索引建自另一个数据库（" + (index.origin().isEmpty() ? "未记录" : index.origin()) + "），当前数据库为 " + database;
        }
        long outbox = feed.lastSequence();
        if (index.lastAppliedSequence() > outbox) {
            return "索引已应用到变更序号 " + index.lastAppliedSequence() + "，而数据库的变更记录只到 " + outbox + "（数据库可能由较早的备份恢复）";
        }
        return null;
    }

    /** Asks for a catch-up soon; returns at once. Requests while one runs fold into one more pass. */
    public void requestCatchUp() {
        executor.submit(this::catchUp);
    }

    /**
     * The safety net: even a lost trigger is caught within seconds, a database restored or switched
     * under the running server is noticed, and a rebuild that failed (say, the database was
     * unreachable) is retried a minute later.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void periodicCheck() {
        if (started && System.currentTimeMillis() - lastFailedRebuild > RETRY_REBUILD_MILLIS && writing.tryLock()) {
            try {
                rebuildIfItDoesNotFollow();
            } catch (IOException | RuntimeException e) {
                LOG.warning("the search index could not be checked against the database: " + e);
            } finally {
                writing.unlock();
            }
        }
        catchUp();
    }

    /**
     * The wake-up for changes committed on another server of the cluster (this server's own commits
     * wake the updater at once): one cheap read of the outbox counter a second.
     */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void poll() {
        if (started && !writing.isLocked()) {
            long applied = index().lastAppliedSequence();
            if (feed.lastSequence() > applied || linkedSequence < applied) {
                catchUp();
            }
        }
    }

    /**
     * Applies every change after the index's last applied sequence; returns how many were applied.
     * Nothing is applied to an index that needs a rebuild: only the rebuild brings in the items
     * that had no change since.
     */
    public int catchUp() {
        pending.set(true);
        if (!started || !writing.tryLock()) {
            return 0;
        }
        int applied = 0;
        try {
            while (pending.getAndSet(false) && !index().needsRebuild()) {
                applied += new CatchUpPasses(feed, linker, node, catchUpBatch).applyAll(index());
                linkedSequence = Math.min(index().lastAppliedSequence(), linker.linkPending(feed, index(), node));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "index catch-up failed; it is retried by the next trigger", e);
        } finally {
            writing.unlock();
        }
        return applied;
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** Rebuilds the index from the database and recomputes every item's links, reporting progress. */
    public void rebuild() {
        writing.lock();
        try {
            rebuildLocked(true);
        } finally {
            writing.unlock();
        }
        catchUp();
    }

    /** Rebuilds the index; with {@code links}, recomputes every item's duplicate links as well. */
    private void rebuildLocked(boolean links) {
        try {
            long seq = feed.lastSequence();
            String database = feed.databaseId();
            progress = RebuildProgress.started();
            ItemIndex index = index();
            long[] failed = {0};
            long indexed = index.rebuild(new DatabaseDocuments(feed), seq, database, 2, (done, notIndexed, rate) -> {
                progress = progress.indexed(done);
                failed[0] = notIndexed;
            });
            index.refresh();
            LOG.info(() -> "Search index rebuilt: " + indexed + " items up to change " + seq
                    + (failed[0] > 0 ? ", " + failed[0] + " items could not be analysed" : ""));
            if (links) {
                relinkAll(index, indexed, seq);
            }
            progress = progress.finished();
        } catch (IOException | RuntimeException e) {
            lastFailedRebuild = System.currentTimeMillis();
            progress = progress.failed(e.getMessage());
            LOG.log(Level.SEVERE, "index rebuild failed", e);
        }
    }

    /** Recomputes every item's duplicate links, a page per transaction, as of change {@code seq}. */
    private void relinkAll(ItemIndex index, long indexed, long seq) throws IOException {
        progress = progress.linking(indexed);
        long done = 0;
        for (long after = 0; ; ) {
            List<Long> ids = feed.indexableIds(after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            Map<Long, List<SimilarMatch>> found = linker.similar(index, feed.documents(ids));
            feed.storeLinks(found);
            done += found.size();
            progress = progress.linked(done);
            after = ids.get(ids.size() - 1);
        }
        feed.linksComputedForAll(seq);
        long linked = done;
        LOG.info(() -> "Duplicate links recomputed for " + linked + " items");
    }

    /**
     * Runs {@code work} as the index's only writer (no catch-up or rebuild meanwhile), then catches
     * up with what the outbox recorded in between. The re-analysis job writes this way, a page at a time.
     */
    public <T> T exclusively(Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
            catchUp();
        }
    }

    public RebuildProgress progress() {
        return progress;
    }

    /** The last outbox change whose item is searchable and has its duplicate links stored. */
    public long linkedSequence() {
        return linkedSequence;
    }

    /** Why the index was last rebuilt on its own (shown on the index page), if it was. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** True until the start-up check is done, while a rebuild runs, and while the index awaits one. */
    public boolean rebuilding() {
        return !started || progress.running() || index().needsRebuild();
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
