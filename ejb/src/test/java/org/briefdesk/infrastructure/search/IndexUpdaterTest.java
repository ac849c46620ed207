package org.briefdesk.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.similar.SimilarMatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The updater's start-up protocol. Demo data and imports store items without outbox rows, so the
 * first rebuild is the only way they reach the index; a catch-up of the few changes made meanwhile
 * must never pass for it.
 */
class IndexUpdaterTest {

    private static final HanLPSegmenter SEGMENTER = new HanLPSegmenter();

    private final FakeFeed feed = new FakeFeed();
    private final IndexUpdater updater = new IndexUpdater("甲");
    private final List<ItemIndex> others = new ArrayList<>();
    private ItemIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        index = ItemIndex.open(
                new ByteBuffersDirectory(),
                IndexConfig.defaults(SEGMENTER, new Lexicon()).withRefreshMillis(0));
        updater.search = new SearchIndex() {
            @Override
            public ItemIndex index() {
                return index;
            }
        };
        updater.feed = feed;
        // Loaded before the index existed (demo data): no outbox rows.
        feed.items.put(1L, "学院路街道快速处置石油大院小区燃气泄漏险情");
        feed.items.put(2L, "清河街道及时处置一起电动自行车楼道起火事件");
        feed.items.put(3L, "区城管委全力做好今冬首场降雪清雪铲冰工作");
        // Then an adoption was recorded for item 3 through the services: one outbox row.
        feed.changes.add(new IndexFeed.Change(1, 3, ChangeLog.Kind.UPSERT));
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
        for (ItemIndex other : others) {
            other.close();
        }
    }

    @Test
    void aCatchUpTriggeredBeforeTheStartUpPassAppliesNothing() throws IOException {
        assertEquals(0, updater.catchUp(), "the trigger of the adoption arrived first");
        assertEquals(0, index.size());

        updater.startUp();

        assertEquals(3, found("处置 OR 降雪"), "every item is in the index, not only the one with a change");
        assertFalse(index.needsRebuild());
        assertEquals(1, index.lastAppliedSequence());
    }

    @Test
    void aFailedFirstRebuildKeepsTheIndexMarkedForRebuildUntilOneSucceeds() throws IOException {
        feed.failingReads = 1;
        updater.startUp();
        assertEquals("FAILED", updater.progress().phase());

        assertEquals(0, updater.catchUp(), "changes are not applied to an index that was never built");
        assertTrue(index.needsRebuild());

        updater.rebuild();

        assertEquals("DONE", updater.progress().phase());
        assertEquals(3, found("处置 OR 降雪"));
        assertFalse(index.needsRebuild());
    }

    @Test
    void changesAfterTheRebuildAreCaughtUpInOrder() throws IOException {
        updater.startUp();
        feed.items.put(4L, "海淀街道开展文明养犬主题宣传活动");
        feed.changes.add(new IndexFeed.Change(2, 4, ChangeLog.Kind.UPSERT));
        feed.items.remove(1L);
        feed.changes.add(new IndexFeed.Change(3, 1, ChangeLog.Kind.DELETE));

        assertEquals(2, updater.catchUp());

        assertEquals(1, found("文明养犬"));
        assertEquals(0, found("燃气泄漏"));
        assertEquals(3, index.lastAppliedSequence());
    }

    @Test
    void anIndexBuiltFromAnotherDatabaseIsRebuiltAtStartUpAndNoGhostRemains() throws IOException {
        updater.startUp();
        assertEquals("数据库甲", index.origin());
        // The server is pointed at another database (H2 to PostgreSQL) under the same data directory.
        feed.databaseId = "数据库乙";
        feed.items.clear();
        feed.items.put(7L, "海淀街道开展文明养犬主题宣传活动");
        feed.changes.clear();
        IndexUpdater restarted = restartedUpdater();

        restarted.startUp();

        assertEquals(0, found("处置 OR 降雪"), "nothing of the other database is found");
        assertEquals(1, found("文明养犬"));
        assertEquals("数据库乙", index.origin());
        assertTrue(
                restarted.notice().orElseThrow().contains("另一个数据库"),
                restarted.notice().toString());
    }

    @Test
    void anOutboxThatWentBackwardsMeansARestoredBackupAndARebuild() throws IOException {
        updater.startUp();
        feed.items.put(4L, "海淀街道开展文明养犬主题宣传活动");
        feed.changes.add(new IndexFeed.Change(2, 4, ChangeLog.Kind.UPSERT));
        updater.catchUp();
        assertEquals(2, index.lastAppliedSequence());
        // The backup taken before item 4 is restored: its outbox ends at change 1.
        feed.items.remove(4L);
        feed.changes.remove(1);
        IndexUpdater restarted = restartedUpdater();

        restarted.startUp();

        assertEquals(0, found("文明养犬"), "the item that is not in the restored database is gone");
        assertEquals(3, found("处置 OR 降雪"));
        assertEquals(1, index.lastAppliedSequence());
        assertTrue(
                restarted.notice().orElseThrow().contains("较早的备份"),
                restarted.notice().toString());
    }

    @Test
    void anIndexThatFollowsThisDatabaseIsNotRebuiltAgain() throws IOException {
        updater.startUp();
        IndexUpdater restarted = restartedUpdater();
        restarted.startUp();
        assertTrue(restarted.notice().isEmpty(), "nothing to tell the administrator");
        assertFalse(restarted.rebuilding());
        assertEquals(feed.lastSequence(), index.lastAppliedSequence(), "caught up");
    }

    @Test
    void theFirstIndexBuildOfADatabaseLinksEveryItemAndASecondServersBuildLinksNothing() throws IOException {
        updater.startUp();
        assertEquals(Map.of(1L, 1, 2L, 1, 3L, 1), feed.linkStores, "demo items came without outbox rows");
        assertEquals(1, feed.linkedSeq);

        IndexUpdater secondServer = serverWithItsOwnIndex();
        secondServer.startUp();

        assertEquals(Map.of(1L, 1, 2L, 1, 3L, 1), feed.linkStores, "the links in the database hold for every index");
    }

    @Test
    void twoServersFollowingOneOutboxStoreEachChangesLinksOnce() throws IOException {
        updater.startUp();
        IndexUpdater secondServer = serverWithItsOwnIndex();
        secondServer.startUp();
        feed.linkStores.clear();
        feed.items.put(4L, "海淀街道开展文明养犬主题宣传活动");
        feed.changes.add(new IndexFeed.Change(2, 4, ChangeLog.Kind.UPSERT));
        feed.items.put(5L, "清河街道开展文明养犬入户宣传");
        feed.changes.add(new IndexFeed.Change(3, 5, ChangeLog.Kind.UPSERT));

        assertEquals(2, secondServer.catchUp(), "the server the officer did not use is first");
        assertEquals(2, updater.catchUp());

        assertEquals(Map.of(4L, 1, 5L, 1), feed.linkStores);
        assertEquals(List.of("乙 (1, 3]"), feed.passes);
        assertEquals(3, updater.linkedSequence(), "both servers know the links are stored");
        assertEquals(3, secondServer.linkedSequence());
    }

    @Test
    void aServerWhoseIndexRunsAheadLinksTheChangesTheOtherLeftUnlinked() throws IOException {
        updater.startUp();
        // A server committed change 2 to its index and died before it stored the change's links.
        feed.items.put(4L, "海淀街道开展文明养犬主题宣传活动");
        feed.changes.add(new IndexFeed.Change(2, 4, ChangeLog.Kind.UPSERT));
        index.index(ItemDocument.of("4", feed.items.get(4L), feed.items.get(4L)), 2);
        index.commit(2);
        feed.linkStores.clear();

        IndexUpdater restarted = restartedUpdater();
        restarted.startUp();

        assertEquals(Map.of(4L, 1), feed.linkStores);
        assertEquals(2, restarted.linkedSequence());
    }

    @Test
    void aCatchUpInSeveralPassesLinksEachPassFromTheIndexAsItStoodAfterThatPass() throws IOException {
        updater.startUp();
        feed.linkStores.clear();
        updater.catchUpBatch = 2;
        String copied = "海淀街道开展文明养犬主题宣传活动，发放宣传册300余份";
        feed.items.put(4L, copied);
        feed.items.put(5L, "清河街道开展文明养犬入户宣传");
        feed.items.put(6L, "学院路街道完成老旧小区加装电梯12部");
        feed.items.put(7L, copied);
        feed.items.put(8L, "中关村街道组织冬季消防安全检查");
        for (long seq = 2; seq <= 6; seq++) {
            feed.changes.add(new IndexFeed.Change(seq, seq + 2, ChangeLog.Kind.UPSERT));
        }

        assertEquals(5, updater.catchUp());

        assertEquals(List.of("甲 (1, 3]", "甲 (3, 5]", "甲 (5, 6]"), feed.passes, "each pass stored once, in order");
        assertEquals(Map.of(4L, 1, 5L, 1, 6L, 1, 7L, 1, 8L, 1), feed.linkStores);
        assertTrue(feed.linkedTo.get(7L).contains("4"), "the copy finds the original of an earlier pass");
        assertFalse(
                feed.linkedTo.get(4L).contains("7"), "the next pass was not yet searchable for the first's lookups");
        assertEquals(6, index.lastAppliedSequence());
        assertEquals(6, updater.linkedSequence());
        assertEquals(1, found("电梯"));
    }

    private IndexUpdater serverWithItsOwnIndex() throws IOException {
        ItemIndex own = ItemIndex.open(
                new ByteBuffersDirectory(),
                IndexConfig.defaults(SEGMENTER, new Lexicon()).withRefreshMillis(0));
        others.add(own);
        IndexUpdater server = new IndexUpdater("乙");
        server.search = new SearchIndex() {
            @Override
            public ItemIndex index() {
                return own;
            }
        };
        server.feed = feed;
        return server;
    }

    private IndexUpdater restartedUpdater() {
        IndexUpdater restarted = new IndexUpdater("甲");
        restarted.search = updater.search;
        restarted.feed = feed;
        return restarted;
    }

    private long found(String query) throws IOException {
        return index.search(SearchRequest.of(query)).totalHits();
    }

    /** The database side: items by id and the outbox, in memory. */
    private static final class FakeFeed extends IndexFeed {
        final Map<Long, String> items = new TreeMap<>();
        final List<Change> changes = new ArrayList<>();
        int failingReads;
        String databaseId = "数据库甲";

        @Override
        public String databaseId() {
            return databaseId;
        }

        @Override
        public List<Change> after(long seq, int limit) {
            return changes.stream().filter(c -> c.seq() > seq).limit(limit).toList();
        }

        @Override
        public long lastSequence() {
            return changes.isEmpty() ? 0 : changes.get(changes.size() - 1).seq();
        }

        private Optional<ItemDocument> document(long itemId) {
            return Optional.ofNullable(items.get(itemId))
                    .map(title -> ItemDocument.of(Long.toString(itemId), title, title));
        }

        @Override
        public List<Long> indexableIds(long afterId, int limit) {
            if (failingReads > 0) {
                failingReads--;
                throw new IllegalStateException("数据库暂时无法连接");
            }
            return items.keySet().stream()
                    .filter(id -> id > afterId)
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<ItemDocument> documents(List<Long> ids) {
            return ids.stream().map(this::document).flatMap(Optional::stream).toList();
        }

        /** The database's link watermark and what each server stored under it. */
        long linkedSeq;

        boolean linkedForAll;
        final List<String> passes = new ArrayList<>();
        final Map<Long, Integer> linkStores = new TreeMap<>();
        final Map<Long, List<String>> linkedTo = new TreeMap<>();

        @Override
        public void storeLinks(long itemId, List<SimilarMatch> matches) {
            linkStores.merge(itemId, 1, Integer::sum);
            linkedTo.put(itemId, matches.stream().map(SimilarMatch::id).sorted().toList());
        }

        @Override
        public void storeLinks(Map<Long, List<SimilarMatch>> found) {
            found.forEach(this::storeLinks);
        }

        @Override
        public long linkedSequence() {
            return linkedSeq;
        }

        @Override
        public boolean linksComputedForAll() {
            return linkedForAll;
        }

        @Override
        public void linksComputedForAll(long seq) {
            linkedForAll = true;
            linkedSeq = Math.max(linkedSeq, seq);
        }

        @Override
        public synchronized long storeLinksOnce(LinkPass pass, Map<Long, List<SimilarMatch>> found, String node) {
            if (!pass.claimable(linkedSeq)) {
                return linkedSeq;
            }
            for (long itemId : pass.itemsToStore(linkedSeq)) {
                storeLinks(itemId, found.getOrDefault(itemId, List.of()));
            }
            passes.add(node + " (" + linkedSeq + ", " + pass.to() + "]");
            linkedSeq = pass.to();
            return linkedSeq;
        }
    }
}
