package org.briefdesk.search.tools.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.Items;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.*;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindSimilarTest {
    static final int ARCHIVE = 300;
    static final int PROBES = 10;
    static final CorpusGenerator GEN = new CorpusGenerator(11);
    static ItemIndex index;

    @BeforeAll
    static void load() throws IOException {
        index = Items.memoryIndex(0);
        List<ItemDocument> items = new ArrayList<>();
        for (int i = 0; i < ARCHIVE; i++) items.add(GEN.archiveItem(i));
        index.rebuild(items.iterator(), 1, 2, (d, f, r) -> {});
        for (ItemDocument d : Items.ALL) index.index(d, 2);
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static long probe(int k) {
        return 7 + (long) k * (ARCHIVE / PROBES);
    }

    static Optional<SimilarMatch> matchFor(List<SimilarMatch> ms, String id) {
        return ms.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @ParameterizedTest
    @EnumSource(VariantKind.class)
    void everyKindOfDuplicateIsFoundWithEvidence(VariantKind kind) throws IOException {
        int found = 0;
        for (int k = 0; k < PROBES; k++) {
            ItemDocument original = GEN.archiveItem(probe(k));
            List<SimilarMatch> ms = index.findSimilar(GEN.variant(original, kind, "v" + k, k));
            for (SimilarMatch m : ms) {
                if (m.matchClass() == MatchClass.DUPLICATE) {
                    assertEquals(original.id(), m.id(), "false DUPLICATE " + m);
                }
            }
            Optional<SimilarMatch> m = matchFor(ms, original.id());
            if (m.isPresent() && m.get().matchClass() == MatchClass.DUPLICATE) {
                found++;
                assertTrue(m.get().score() > 0 && m.get().score() <= 1.0001);
                assertNotNull(m.get().evidence());
            }
        }
        int required = kind == VariantKind.ALL_EDITS ? PROBES - 3 : PROBES;
        assertTrue(found >= required, kind + ": found " + found + " of " + PROBES);
    }

    @Test
    void anotherUnitsReportOfTheSameEventIsSameEventNotDuplicate() throws IOException {
        int sameEvent = 0;
        for (int k = 0; k < PROBES; k++) {
            ItemDocument original = GEN.archiveItem(probe(k));
            List<SimilarMatch> ms = index.findSimilar(GEN.sameEvent(probe(k), "se" + k));
            Optional<SimilarMatch> m = matchFor(ms, original.id());
            if (m.isPresent() && m.get().matchClass() == MatchClass.SAME_EVENT) {
                sameEvent++;
                assertTrue(m.get().evidence().entityOverlap() > 0);
                assertTrue(!m.get().evidence().sharedEntities().isEmpty());
            }
            assertTrue(ms.stream().noneMatch(x -> x.matchClass() == MatchClass.DUPLICATE), ms.toString());
        }
        assertTrue(sameEvent >= PROBES * 2 / 3, "same event found for " + sameEvent + " of " + PROBES);
    }

    @Test
    void sameTopicReportsOfOtherEventsAreNeitherDuplicateNorSameEvent() throws IOException {
        for (int k = 0; k < PROBES; k++) {
            List<SimilarMatch> ms = index.findSimilar(GEN.sameTopic(probe(k), "st" + k));
            assertTrue(ms.stream().allMatch(m -> m.matchClass() == MatchClass.RELATED), ms.toString());
        }
    }

    @Test
    void aRelatedMatchIsJudgedWithoutReadingItsTextAndTheOthersWithIt() throws IOException {
        int related = 0;
        for (int k = 0; k < PROBES; k++) {
            for (SimilarMatch m : index.findSimilar(GEN.sameTopic(probe(k), "st" + k))) {
                if (m.matchClass() == MatchClass.RELATED) {
                    related++;
                    assertTrue(
                            !m.evidence().textCompared()
                                    && Double.isNaN(m.evidence().jaccard()),
                            m.toString());
                    assertTrue(m.evidence().cosine() > 0 && m.title() != null, m.toString());
                }
            }
            for (SimilarMatch m : index.findSimilar(GEN.sameEvent(probe(k), "se" + k))) {
                if (m.matchClass() != MatchClass.RELATED) {
                    assertTrue(m.evidence().textCompared(), m.toString());
                }
            }
        }
        assertTrue(related > 0, "no RELATED match among " + PROBES + " same-topic reports");
    }

    @Test
    void handEditedCopyOfAShortReportIsADuplicate() throws IOException {
        ItemDocument copy = ItemDocument.builder("201")
                .title("关于学院路街道垃圾分类工作的情况报告")
                .body("【學院路街道信息】\n為深入推進首都文明區創建工作，５月１２日，學院路街道在北洼路社區開展垃圾分類桶前值守活動。\n"
                        + "社区组织30名志愿者在１２个垃圾分类驿站开展桶前值守,指导居民正确投放厨余垃圾;"
                        + "现场发放\"生活垃圾分类指导手册\"500余份。\n（报送单位：学院路街道；审核人：李强）")
                .unit("学院路街道")
                .build();
        List<SimilarMatch> ms = index.findSimilar(copy);
        SimilarMatch m = matchFor(ms, "101").orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals(MatchClass.DUPLICATE, m.matchClass(), m.toString());
        assertTrue(m.evidence().containment() > 0.8, m.evidence().toString());
    }

    @Test
    void anItemIsNotSimilarToItself() throws IOException {
        assertTrue(matchFor(index.findSimilar(Items.GARBAGE), "101").isEmpty());
    }

    @Test
    void unrelatedTextHasNoMatches() throws IOException {
        List<SimilarMatch> ms = index.findSimilar(ItemDocument.of("x", "天气", "今天天气晴朗，气温二十度，适宜出行。"));
        assertTrue(ms.stream().noneMatch(m -> m.matchClass() != MatchClass.RELATED), ms.toString());
    }

    @Test
    void classifierRulesFollowTheThresholds() {
        SimilarityClassifier c = new SimilarityClassifier(SimilarityThresholds.DEFAULT);
        assertEquals(MatchClass.DUPLICATE, c.classify(new SimilarityEvidence(0.1, 0.1, 0, 0, 0, List.of(), -1, true)));
        assertEquals(
                MatchClass.DUPLICATE, c.classify(new SimilarityEvidence(0.85, 0.9, 0, 0.9, 0.9, List.of(), 0, false)));
        assertEquals(
                MatchClass.DUPLICATE, c.classify(new SimilarityEvidence(0.5, 0.95, 0, 0.9, 0.9, List.of(), 0, false)));
        assertEquals(
                MatchClass.SAME_EVENT,
                c.classify(new SimilarityEvidence(0.2, 0.4, 0, 0.5, 0.6, List.of("5月12日"), 1, false)));
        assertEquals(
                MatchClass.RELATED, c.classify(new SimilarityEvidence(0.2, 0.4, 0, 0.5, 0.6, List.of(), 30, false)));
        assertNull(c.classify(new SimilarityEvidence(0.05, 0.2, 0, 0.1, 0.1, List.of(), -1, false)));
    }

    @Test
    void clusteringGroupsAWeeksInboxByEvent() throws IOException {
        List<ItemDocument> inbox = new ArrayList<>();
        ItemDocument a = GEN.archiveItem(probe(1));
        ItemDocument b = GEN.archiveItem(probe(2));
        inbox.add(a.toBuilder().build());
        inbox.add(GEN.variant(a, VariantKind.BOILERPLATE, "a-copy", 1));
        inbox.add(GEN.sameEvent(probe(1), "a-other-unit"));
        inbox.add(b);
        inbox.add(GEN.variant(b, VariantKind.REORDERED, "b-copy", 2));
        inbox.add(GEN.sameTopic(probe(1), "a-topic"));
        List<EventCluster> clusters = index.cluster(inbox);
        EventCluster ca = clusters.stream()
                .filter(c -> c.ids().contains(a.id()))
                .findFirst()
                .orElseThrow();
        assertTrue(ca.ids().containsAll(List.of(a.id(), "a-copy")), clusters.toString());
        assertTrue(
                ca.duplicateGroups().stream().anyMatch(g -> g.containsAll(List.of(a.id(), "a-copy"))),
                clusters.toString());
        assertTrue(!ca.ids().contains("a-topic") && !ca.ids().contains(b.id()), clusters.toString());
        EventCluster cb = clusters.stream()
                .filter(c -> c.ids().contains(b.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(b.id(), "b-copy"), cb.ids());
        assertEquals(6, clusters.stream().mapToInt(c -> c.ids().size()).sum());
    }
}
