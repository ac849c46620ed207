package org.briefdesk.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.search.similar.MatchClass;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.junit.jupiter.api.Test;

/**
 * The links a batch of duplicate-detection results leaves behind are those that storing the items
 * one after the other would have left: each item's replacement removed what earlier items of the
 * batch had found about it.
 */
class BatchLinksTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private static SimilarMatch duplicateOf(long id) {
        return new SimilarMatch(
                Long.toString(id),
                "学院路街道扎实推进垃圾分类工作",
                MatchClass.DUPLICATE,
                0.93,
                new SimilarityEvidence(0.9, 0.95, 0.8, 0.97, 0.9, List.of("学院路街道"), 0, false));
    }

    private static List<String> pairs(List<SimilarLink> links) {
        return links.stream().map(l -> l.getItemId() + "→" + l.getOtherItemId()).toList();
    }

    @Test
    void anItemLinksToStoredItemsAndToItemsEarlierInTheBatchOnly() {
        // 7 is an item stored before the import; 10, 11 and 12 arrive in this order.
        Map<Long, List<SimilarMatch>> found = new LinkedHashMap<>();
        found.put(10L, List.of(duplicateOf(7), duplicateOf(11), duplicateOf(12)));
        found.put(11L, List.of(duplicateOf(10), duplicateOf(12)));
        found.put(12L, List.of(duplicateOf(10), duplicateOf(11), duplicateOf(7)));

        assertEquals(
                List.of("10→7", "11→10", "12→10", "12→11", "12→7"),
                pairs(IndexFeed.linksOfBatch(found, Set.of(10L, 11L, 12L), NOW)));
    }

    @Test
    void anItemNeverLinksToItself() {
        Map<Long, List<SimilarMatch>> found = Map.of(10L, List.of(duplicateOf(10), duplicateOf(7)));

        assertEquals(List.of("10→7"), pairs(IndexFeed.linksOfBatch(found, Set.of(10L), NOW)));
    }

    @Test
    void anItemDeletedMeanwhileGetsNoLinksAndDoesNotHideLinksToIt() {
        // Item 11 was deleted after it was indexed: storing item by item skipped it entirely.
        Map<Long, List<SimilarMatch>> found = new LinkedHashMap<>();
        found.put(10L, List.of(duplicateOf(11)));
        found.put(11L, List.of(duplicateOf(10)));

        assertEquals(List.of("10→11"), pairs(IndexFeed.linksOfBatch(found, Set.of(10L), NOW)));
    }

    @Test
    void theStoredLinkKeepsClassScoreAndTheEvidenceAsAnEditorReadsIt() {
        SimilarLink link = IndexFeed.linksOfBatch(Map.of(10L, List.of(duplicateOf(7))), Set.of(10L), NOW)
                .get(0);

        assertEquals(org.briefdesk.domain.model.similar.MatchClass.DUPLICATE, link.getMatchClass());
        assertEquals(0.93, link.getScore(), 0.0);
        assertEquals("文字重合90%，句子重合80%，内容相似度0.97；共同要素：学院路街道；相隔0天", link.getEvidence());
    }
}
