package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemIndexLifecycleTest {
    @TempDir
    Path tmp;

    static ItemDocument item(int i) {
        return ItemDocument.builder("item-" + i)
                .title("第" + i + "期：八里庄街道开展垃圾分类宣传")
                .body("八里庄街道在第" + i + "社区组织志愿者开展垃圾分类宣传，发放宣传材料" + (i * 10) + "份。")
                .unit("八里庄街道")
                .build();
    }

    @Test
    void newItemBecomesSearchableWithoutAnExplicitRefresh() throws Exception {
        try (ItemIndex index = Items.memoryIndex(200)) {
            index.index(Items.TRAFFIC, 1);
            // Only the background refresh can make it visible, and the index offers no hook to hear
            // of it, so the test polls for that state; the deadline only bounds a failure (how soon
            // it happens is a benchmark's business, not a unit test's).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (index.search(SearchRequest.of("文明交通")).totalHits() == 0) {
                assertTrue(System.nanoTime() < deadline, "never became visible without refresh()");
                Thread.sleep(20);
            }
        }
    }

    @Test
    void commitRecordsTheSequenceAndReopenReadsItBack() throws IOException {
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            index.rebuild(List.of(item(0)).iterator(), 40, 1, (done, failed, rate) -> {});
            index.index(item(1), 41);
            index.delete("missing", 42);
            index.commit(42);
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertEquals(42, index.lastAppliedSequence());
            assertFalse(index.needsRebuild());
            assertEquals(2, index.size());
        }
    }

    @Test
    void theOriginOfARebuildSurvivesLaterCommitsAndReopening() throws IOException {
        // The server compares it with its database's id: an index built from another database is rebuilt.
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertEquals("", index.origin(), "a never-built index follows nothing");
            index.rebuild(List.of(item(0)).iterator(), 7, "db-甲", 1, (done, failed, rate) -> {});
            index.index(item(1), 8);
            index.commit(8);
            assertEquals("db-甲", index.origin());
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertEquals("db-甲", index.origin());
            assertEquals(8, index.lastAppliedSequence());
            index.rebuild(List.of(item(2)).iterator(), 3, "db-乙", 1, (done, failed, rate) -> {});
            assertEquals("db-乙", index.origin());
            assertEquals(3, index.lastAppliedSequence(), "a rebuild may move the sequence backwards");
        }
    }

    @Test
    void changesCommittedToANeverBuiltIndexDoNotMakeItComplete() throws IOException {
        // The server's first catch-up can win the race against its first rebuild: the items that
        // never had a change (loaded before the index existed) must still come in by a rebuild.
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertTrue(index.needsRebuild(), "a never-committed index must be rebuilt from the database");
            assertEquals(0, index.lastAppliedSequence());
            index.index(item(1), 41);
            index.commit(41);
            assertTrue(index.needsRebuild());
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertEquals(41, index.lastAppliedSequence());
            assertTrue(index.needsRebuild(), "still incomplete after a restart");
            index.rebuild(List.of(item(0), item(1)).iterator(), 41, 1, (done, failed, rate) -> {});
            assertFalse(index.needsRebuild());
        }
    }

    @Test
    void anImportIntoAnEmptyIndexDefinesItsWholeContents() throws IOException {
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            index.importAll(List.of(item(1), item(2)).iterator(), 7, 1, (done, failed, rate) -> {});
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertFalse(index.needsRebuild());
            assertEquals(7, index.lastAppliedSequence());
            assertEquals(2, index.size());
        }
    }

    @Test
    void uncommittedChangesAreLostOnCloseAndReplayRestoresThem() throws IOException {
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            for (int i = 1; i <= 5; i++) index.index(item(i), i);
            index.commit(5);
            for (int i = 6; i <= 8; i++) index.index(item(i), i);
            index.delete("item-1", 9);
        } // closed without commit: like a crash, changes 6..9 are gone
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertEquals(5, index.lastAppliedSequence());
            assertEquals(5, index.size());
            replay(index, index.lastAppliedSequence());
            index.commit(9);
            index.refresh();
            assertEquals(7, index.size());
        }
    }

    /** The outbox: change i indexes item i, change 9 deletes item 1. */
    static void replay(ItemIndex index, long after) throws IOException {
        for (long seq = after + 1; seq <= 9; seq++) {
            if (seq == 9) index.delete("item-1", seq);
            else index.index(item((int) seq), seq);
        }
    }

    @Test
    void killedWriterProcessLosesOnlyUncommittedChanges() throws Exception {
        Path dir = tmp.resolve("crash");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = r.readLine();
            } while (line != null && !line.equals("READY"));
            assertEquals("READY", line, "child did not reach the crash point");
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        }
        try (ItemIndex index = ItemIndex.open(dir, Items.config(0))) {
            assertEquals(5, index.lastAppliedSequence());
            assertEquals(5, index.size());
            replay(index, index.lastAppliedSequence());
            index.commit(9);
            index.refresh();
            assertEquals(7, index.size());
            assertEquals(
                    0,
                    index.search(SearchRequest.builder().query("\"第1社区\"").build())
                            .totalHits());
        }
    }

    /** Child process for the crash test: commits 1..5, applies 6..9, then waits to be killed. */
    public static final class CrashingWriter {
        public static void main(String[] args) throws Exception {
            IndexConfig c =
                    IndexConfig.defaults(new HanLPSegmenter(), new Lexicon()).withRefreshMillis(0);
            ItemIndex index = ItemIndex.open(Path.of(args[0]), c);
            for (int i = 1; i <= 5; i++) index.index(item(i), i);
            index.commit(5);
            for (int i = 6; i <= 8; i++) index.index(item(i), i);
            index.delete("item-1", 9);
            index.refresh();
            System.out.println("READY");
            System.out.flush();
            // Hold the uncommitted changes until the test kills this process (stdin stays open till then).
            System.in.read();
        }
    }

    @Test
    void oldSchemaVersionAsksForARebuildAndRebuildReportsProgress() throws IOException {
        try (FSDirectory d = FSDirectory.open(tmp);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexCommits.SCHEMA_KEY, "0", IndexCommits.SEQ_KEY, "7")
                    .entrySet());
            w.commit();
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertTrue(index.needsRebuild());
            List<ItemDocument> items = new ArrayList<>();
            for (int i = 0; i < 2500; i++) items.add(item(i));
            List<Long> progress = new ArrayList<>();
            long n = index.rebuild(items.iterator(), 100, 2, (done, failed, rate) -> progress.add(done));
            assertEquals(2500, n);
            assertTrue(progress.containsAll(List.of(1000L, 2000L, 2500L)), progress.toString());
            assertFalse(index.needsRebuild());
            assertEquals(100, index.lastAppliedSequence());
            assertEquals(2500, index.size());
        }
        try (ItemIndex index = ItemIndex.open(tmp, Items.config(0))) {
            assertFalse(index.needsRebuild());
            assertEquals(2500, index.size());
        }
    }

    @Test
    void readersSeeConsistentResultsWhileWritersIndexAndDelete() throws Exception {
        try (ItemIndex index = Items.memoryIndex(50)) {
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 400; i++) {
                        index.index(item(i), i + 1);
                        if (i % 10 == 9) index.delete("item-" + (i - 5), i + 1);
                    }
                } catch (Throwable t) {
                    errors.add(t);
                } finally {
                    stop.set(true);
                }
            });
            Thread reader = new Thread(() -> {
                try {
                    long last = 0;
                    while (!stop.get()) {
                        long n = index.search(SearchRequest.builder()
                                        .query("垃圾分类")
                                        .page(0, 5)
                                        .build())
                                .totalHits();
                        assertTrue(n >= 0);
                        last = n;
                        index.findSimilar(item(3));
                    }
                } catch (Throwable t) {
                    errors.add(t);
                }
            });
            writer.start();
            reader.start();
            writer.join();
            reader.join();
            assertTrue(errors.isEmpty(), () -> errors.peek().toString());
            index.refresh();
            assertEquals(400 - 40, index.size());
        }
    }
}
