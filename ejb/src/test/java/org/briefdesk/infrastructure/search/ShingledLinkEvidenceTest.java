package org.briefdesk.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.search.similar.SimilarityClassifier;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.briefdesk.search.similar.TextShingles;
import org.junit.jupiter.api.Test;

/**
 * An item page shows all of an item's links: the texts its RELATED links need are read in one
 * query, and each link reads as if its overlap had been computed on its own.
 */
class ShingledLinkEvidenceTest {

    private static final long OWN = 1;
    private static final Map<Long, String> TEXTS = Map.of(
            OWN,
            "11月20日，海淀街道在北洼路社区开展垃圾分类桶前值守活动，组织30名志愿者指导居民正确投放厨余垃圾。",
            2L,
            "11月22日，学院路街道召开垃圾分类工作推进会，部署12个小区的桶前值守工作，志愿者每日值守不少于2小时。",
            3L,
            "11月21日，北洼路社区垃圾分类桶前值守活动继续开展，志愿者指导居民正确投放厨余垃圾，发放手册500余份。",
            4L,
            "12月1日，海淀街道召开冬季消防安全工作部署会，要求各社区开展消防安全隐患排查。");

    private final List<Set<Long>> reads = new ArrayList<>();
    private final ShingledLinkEvidence evidence = new ShingledLinkEvidence();

    ShingledLinkEvidenceTest() {
        evidence.items = (ItemRepository) Proxy.newProxyInstance(
                ItemRepository.class.getClassLoader(), new Class<?>[] {ItemRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("plainTexts")) {
                        throw new AssertionError("the item page reads texts in one batch, not by " + method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    Collection<Long> ids = (Collection<Long>) args[0];
                    reads.add(Set.copyOf(ids));
                    return ids.stream().filter(TEXTS::containsKey).collect(Collectors.toMap(id -> id, TEXTS::get));
                });
    }

    private static String withoutOverlap(String shared) {
        return LinkEvidenceText.of(
                new SimilarityEvidence(Double.NaN, Double.NaN, Double.NaN, 0.58, 0.2, List.of(shared), 2, false));
    }

    private static String alone(long other, String stored) {
        return LinkEvidenceText.withTextOverlap(
                stored,
                SimilarityClassifier.textOverlap(TextShingles.of(TEXTS.get(OWN)), TextShingles.of(TEXTS.get(other))));
    }

    @Test
    void severalRelatedLinksReadTheirTextsInOneQueryAndReadAsIfComputedOneByOne() {
        String complete = LinkEvidenceText.of(
                new SimilarityEvidence(0.41, 0.52, 0.3, 0.81, 0.5, List.of("北洼路社区", "桶前值守"), 1, false));
        List<SimilarLink> links = List.of(
                new SimilarLink(OWN, 2, MatchClass.RELATED, 0.58, withoutOverlap("垃圾分类"), Instant.now()),
                new SimilarLink(3, OWN, MatchClass.SAME_EVENT, 0.81, complete, Instant.now()),
                new SimilarLink(OWN, 4, MatchClass.RELATED, 0.51, withoutOverlap("海淀街道"), Instant.now()));

        List<String> shown = evidence.of(OWN, links);

        assertEquals(List.of(alone(2, withoutOverlap("垃圾分类")), complete, alone(4, withoutOverlap("海淀街道"))), shown);
        assertEquals(List.of(Set.of(OWN, 2L, 4L)), reads, "one read, of the item and the others lacking overlap");
    }

    @Test
    void linksWhoseEvidenceIsCompleteReadNoText() {
        String complete =
                LinkEvidenceText.of(new SimilarityEvidence(0.41, 0.52, 0.3, 0.81, 0.5, List.of("北洼路社区"), 1, false));
        List<SimilarLink> links = List.of(new SimilarLink(OWN, 3, MatchClass.DUPLICATE, 0.9, complete, Instant.now()));

        assertEquals(List.of(complete), evidence.of(OWN, links));
        assertEquals(List.of(), evidence.of(OWN, List.of()));
        assertEquals(List.of(), reads);
    }

    @Test
    void aLinkToAnItemGoneMeanwhileKeepsItsStoredEvidence() {
        String stored = withoutOverlap("垃圾分类");
        List<SimilarLink> links = List.of(
                new SimilarLink(OWN, 99, MatchClass.RELATED, 0.5, stored, Instant.now()),
                new SimilarLink(OWN, 2, MatchClass.RELATED, 0.58, stored, Instant.now()));

        assertEquals(List.of(stored, alone(2, stored)), evidence.of(OWN, links));
    }
}
