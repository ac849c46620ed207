package org.briefdesk.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefdesk.search.similar.SimilarityClassifier;
import org.briefdesk.search.similar.SimilarityClassifier.TextOverlap;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.briefdesk.search.similar.TextShingles;
import org.junit.jupiter.api.Test;

/**
 * A RELATED link is stored without the text overlap of its items; completed when an editor opens
 * it, its evidence reads exactly as if the overlap had been stored.
 */
class LinkEvidenceTextTest {

    private static final String ORIGINAL =
            "11月20日，海淀街道在北洼路社区开展垃圾分类桶前值守活动，组织30名志愿者指导居民正确投放厨余垃圾。" + "现场发放《生活垃圾分类指导手册》500余份，居民分类准确率提高到85%。";
    private static final String RELATED =
            "11月22日，学院路街道召开垃圾分类工作推进会，部署12个小区的桶前值守工作。" + "会议要求各社区在月底前完成厨余垃圾分类驿站改造，志愿者每日值守不少于2小时。";

    private static SimilarityEvidence withoutText() {
        return new SimilarityEvidence(Double.NaN, Double.NaN, Double.NaN, 0.62, 0.2, List.of("垃圾分类", "桶前值守"), 2, false);
    }

    @Test
    void aRelatedLinkIsStoredWithoutTheTextOverlap() {
        String stored = LinkEvidenceText.of(withoutText());

        assertEquals("内容相似度0.62；共同要素：垃圾分类、桶前值守；相隔2天", stored);
        assertTrue(LinkEvidenceText.lacksTextOverlap(stored));
    }

    @Test
    void completedEvidenceReadsAsIfTheOverlapHadBeenStored() {
        TextOverlap overlap = SimilarityClassifier.textOverlap(TextShingles.of(ORIGINAL), TextShingles.of(RELATED));
        SimilarityEvidence e = withoutText();
        String whole = LinkEvidenceText.of(new SimilarityEvidence(
                overlap.jaccard(),
                overlap.containment(),
                overlap.sentenceOverlap(),
                e.cosine(),
                e.entityOverlap(),
                e.sharedEntities(),
                e.daysApart(),
                false));

        String completed = LinkEvidenceText.withTextOverlap(LinkEvidenceText.of(e), overlap);

        assertEquals(whole, completed);
        assertTrue(completed.startsWith("文字重合"), completed);
        assertFalse(LinkEvidenceText.lacksTextOverlap(completed));
    }

    @Test
    void theTextOverlapIsTheSameFromEitherSide() {
        TextShingles a = TextShingles.of(ORIGINAL);
        TextShingles b = TextShingles.of(RELATED);

        assertEquals(SimilarityClassifier.textOverlap(a, b), SimilarityClassifier.textOverlap(b, a));
    }
}
