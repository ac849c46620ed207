package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.ItemFeatures;
import org.briefdesk.search.similar.MatchClass;
import org.briefdesk.search.similar.SimilarMatch;
import org.junit.jupiter.api.Test;

/**
 * The features {@link ItemIndex#index} returns are those the item was indexed with: its duplicate
 * lookup from them answers exactly what a lookup from its document answers, without a second
 * analysis of the text.
 */
class IndexedFeaturesTest {

    /** 学院路's report, re-sent by the unit under another title with its last sentence changed. */
    static final ItemDocument GARBAGE_RESENT = ItemDocument.builder("105")
            .title("学院路街道开展垃圾分类桶前值守")
            .body("为深入推进首都文明区创建工作，5月12日，学院路街道在北洼路社区开展垃圾分类桶前值守活动。\n"
                    + "社区组织３０名志愿者在12个垃圾分类驿站开展桶前值守，指导居民正确投放厨余垃圾；"
                    + "现场发放《生活垃圾分类指导手册》500余份。\n下一步，街道将把桶前值守做成常态。")
            .unit("学院路街道")
            .unitKind("街乡镇")
            .status("SUBMITTED")
            .date(Items.GARBAGE.date())
            .build();

    static final List<ItemDocument> ITEMS =
            List.of(Items.GARBAGE, Items.TRAFFIC, Items.HOTLINE, Items.CAMPAIGN, GARBAGE_RESENT);

    @Test
    void theFeaturesAnItemWasIndexedWithFindWhatItsDocumentFinds() throws IOException {
        try (ItemIndex index = Items.memoryIndex(0)) {
            Map<ItemDocument, ItemFeatures> indexed = new LinkedHashMap<>();
            long seq = 0;
            for (ItemDocument d : ITEMS) {
                indexed.put(d, index.index(d, ++seq));
            }
            index.refresh();
            for (Map.Entry<ItemDocument, ItemFeatures> e : indexed.entrySet()) {
                assertEquals(
                        index.findSimilar(e.getKey()),
                        index.findSimilar(e.getValue()),
                        "lookup of item " + e.getKey().id());
            }
            List<SimilarMatch> ofResent = index.findSimilar(indexed.get(GARBAGE_RESENT));
            assertTrue(
                    ofResent.stream()
                            .anyMatch(m -> m.id().equals(Items.GARBAGE.id()) && m.matchClass() == MatchClass.DUPLICATE),
                    () -> "the re-sent report is a duplicate of the first: " + ofResent);
        }
    }

    @Test
    void theFeaturesAreThoseOfTheItemsOwnText() throws IOException {
        try (ItemIndex index = Items.memoryIndex(0)) {
            ItemFeatures indexed = index.index(Items.HOTLINE, 1);
            ItemFeatures analysed = index.features(Items.HOTLINE);
            assertEquals(analysed.id(), indexed.id());
            assertEquals(analysed.fingerprint(), indexed.fingerprint());
            assertArrayEquals(analysed.signature(), indexed.signature());
            assertArrayEquals(analysed.bandKeys(), indexed.bandKeys());
            assertEquals(analysed.termVector(), indexed.termVector());
            assertEquals(analysed.entities(), indexed.entities());
            assertEquals(analysed.date(), indexed.date());
            assertEquals(analysed.unit(), indexed.unit());
        }
    }

    @Test
    void itemsIndexedFromSeveralThreadsAtOnceAreAllSearchableAndFindTheirCopies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (ItemIndex index = Items.memoryIndex(0)) {
            List<Future<ItemFeatures>> futures = new ArrayList<>();
            long seq = 0;
            for (ItemDocument d : ITEMS) {
                long s = ++seq;
                futures.add(pool.submit(() -> index.index(d, s)));
            }
            List<ItemFeatures> features = new ArrayList<>();
            for (Future<ItemFeatures> f : futures) {
                features.add(f.get());
            }
            index.commit(seq);
            index.refresh();
            assertEquals(ITEMS.size(), index.size());
            assertEquals(ITEMS.size(), index.lastIndexedSequence());
            assertTrue(index.findSimilar(features.get(ITEMS.size() - 1)).stream()
                    .anyMatch(m -> m.id().equals(Items.GARBAGE.id()) && m.matchClass() == MatchClass.DUPLICATE));
        } finally {
            pool.shutdownNow();
        }
    }
}
