package org.briefdesk.search.tools.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.briefdesk.search.analysis.AnalysisMode;
import org.briefdesk.search.analysis.AnalyzedText;
import org.briefdesk.search.analysis.BriefdeskAnalyzer;
import org.briefdesk.search.analysis.TestAnalysis;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.*;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;
import org.junit.jupiter.api.Test;

class FeatureSummaryTest {
    static final BriefdeskAnalyzer ANALYZER =
            new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon(), AnalysisMode.INDEX);
    static final CorpusGenerator GEN = new CorpusGenerator(5);

    static ItemFeatures features(ItemDocument d) {
        return FeatureExtractor.extract(
                d,
                AnalyzedText.analyze(ANALYZER, "title", d.title()),
                AnalyzedText.analyze(ANALYZER, "body", d.body()));
    }

    @Test
    void summaryKeepsEverythingTheClassifierNeedsExceptTheText() {
        ItemDocument d = ItemDocument.builder("4711")
                .title("学院路街道开展垃圾分类桶前值守")
                .body("5月12日，学院路街道组织志愿者32人在展春园社区开展桶前值守，共劝导居民146人次。下一步，街道将持续推进。")
                .unit("学院路街道")
                .date(LocalDate.of(2024, 5, 12))
                .build();
        ItemFeatures f = features(d);
        FeatureSummary s = FeatureSummary.decode(FeatureSummary.encode(f));
        assertEquals("4711", s.id());
        assertEquals(f.termVector(), s.termVector());
        assertEquals(f.entities(), s.entities());
        assertEquals(LocalDate.of(2024, 5, 12), s.date());
        assertEquals("学院路街道", s.unit());
        assertEquals(f.shingles().shingles().length, s.shingleCount());
        assertEquals(1.0, s.estimatedJaccard(f.signature()));
    }

    @Test
    void itemWithoutDateOrUnitDecodesToNull() {
        ItemFeatures f = features(ItemDocument.of("9", "来信", "群众反映楼道堆物。"));
        FeatureSummary s = FeatureSummary.decode(FeatureSummary.encode(f));
        assertNull(s.date());
        assertNull(s.unit());
    }

    @Test
    void prefilterKeepsEveryEditedCopyAndRulesOutOtherEventsOfTheSameTopic() {
        int ruledOut = 0;
        for (long i = 0; i < 20; i++) {
            ItemDocument original = GEN.archiveItem(i);
            FeatureSummary s = FeatureSummary.decode(FeatureSummary.encode(features(original)));
            for (VariantKind k : VariantKind.values()) {
                ItemFeatures v = features(GEN.variant(original, k, "v" + i + k, i));
                SimilarityEvidence e = new SimilarityClassifier(SimilarityThresholds.DEFAULT)
                        .evidence(v, features(original), t -> 1.0);
                if (new SimilarityClassifier(SimilarityThresholds.DEFAULT).isDuplicate(e)) {
                    assertTrue(
                            SimilarFinder.mayBeDuplicate(v, s, e.entityOverlap(), SimilarityThresholds.DEFAULT),
                            k + " of " + original.id() + " was ruled out: " + e);
                }
            }
            ItemFeatures other = features(GEN.sameTopic(i, "st" + i));
            SimilarityEvidence e =
                    new SimilarityClassifier(SimilarityThresholds.DEFAULT).evidenceWithoutText(other, s, t -> 1.0);
            if (!SimilarFinder.mayBeDuplicate(other, s, e.entityOverlap(), SimilarityThresholds.DEFAULT)) {
                ruledOut++;
            }
        }
        // 14 of these 20 are ruled out (the others share enough stock sentences to need their text)
        assertTrue(
                ruledOut >= 10,
                "same-topic reports of other events must mostly be ruled out without their text: " + ruledOut);
    }

    @Test
    void evidenceWithoutTextCannotSayDuplicate() {
        ItemFeatures f = features(GEN.archiveItem(3));
        FeatureSummary s = FeatureSummary.decode(FeatureSummary.encode(f));
        SimilarityClassifier c = new SimilarityClassifier(SimilarityThresholds.DEFAULT);
        SimilarityEvidence e = c.evidenceWithoutText(f, s, t -> 1.0);
        assertEquals(1.0, e.entityOverlap(), 1e-9);
        assertFalse(c.isDuplicate(e));
    }
}
