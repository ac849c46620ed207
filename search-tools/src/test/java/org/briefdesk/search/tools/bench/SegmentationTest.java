package org.briefdesk.search.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.briefdesk.search.analysis.AnalysisMode;
import org.briefdesk.search.analysis.BriefdeskAnalyzer;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.junit.jupiter.api.Test;

/** The segmentation command's scoring: the query analyzer's word boundaries against HanLP's standard segmenter. */
class SegmentationTest {
    static final Analyzer QUERY = new BriefdeskAnalyzer(new HanLPSegmenter(), new Lexicon(), AnalysisMode.QUERY);
    static final Segment HANLP = HanLP.newSegment().enableOffset(true);

    static Segmentation.Score score(boolean hanOnly, String... lines) {
        return Segmentation.score(List.of(lines), QUERY, HANLP, 10, hanOnly);
    }

    @Test
    void punctuationAndSpacesAreNoWordsAndAgreeingWordsScoreOne() {
        Segmentation.Score s = score(false, "学院路街道组织志愿者开展垃圾分类。", "软件包 apt 的用法：");
        assertEquals(s.reference(), s.ours());
        assertEquals(s.ours(), s.agreed());
        assertEquals(1.0, s.f1());
    }

    @Test
    void aSimplifiedCharacterIsNeverCountedAsChangedAndATraditionalOneMayFold() {
        assertTrue(Segmentation.isSimplified('东'));
        assertFalse(Segmentation.isSimplified('東'));
        assertEquals(0, score(false, "東城區的勐海县糊涂账", "二○○一年以来").changedLines());
    }

    @Test
    void theAnalyzerSegmentsEachHanRunAloneWhereHanLPSeesTheWholeLine() {
        // debian-handbook: HanLP over the whole line has 实现/时 (the comma after it counts); the analyzer,
        // which segments 由硬件实现时 alone, has 实/现时 — the only kind of disagreement on Han words.
        String line = "当 RAID由硬件实现时，RAID配置通常在BIOS设置工具中进行";
        Segmentation.Score s = score(true, line);
        assertEquals(s.ours() - 2, s.agreed());
        assertEquals(1, s.examples().size());
        assertTrue(s.examples().get(0).startsWith("实/现时"), s.examples().toString());
        Segmentation.Words perRun = Segmentation.perRun(HANLP, line, false);
        assertEquals(
                s.ours(),
                perRun.spans().stream()
                        .filter(w -> line.substring(w[0], w[1])
                                .chars()
                                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .count());
    }
}
