package org.briefdesk.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own randomized token-stream checks (JUnit 4, run by the vintage engine): offsets,
 * positions, reset/end/close lifecycle, reuse, and agreement across threads.
 */
public class HanLPTokenizerRandomizedTest extends BaseTokenStreamTestCase {

    public void testRandomDataQueryMode() throws Exception {
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon(), AnalysisMode.QUERY);
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        a.close();
    }

    public void testRandomDataIndexMode() throws Exception {
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon(), AnalysisMode.INDEX);
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        a.close();
    }

    public void testRandomLongTextsIndexMode() throws Exception {
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon(), AnalysisMode.INDEX);
        checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096);
        a.close();
    }

    public void testExactTokensAndOffsets() throws Exception {
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon(), AnalysisMode.QUERY);
        assertAnalyzesTo(a, "東城區\n接訴即辦", new String[] {"东城区", "接诉即办"}, new int[] {0, 4}, new int[] {3, 8});
        a.close();
    }
}
