package org.briefdesk.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The decompounder on its own (tokenizer + {@link SubWordFilter}, no synonyms), under Lucene's
 * randomized token-stream checks: offsets, positions, reset/end/close, reuse, threads.
 */
public class SubWordFilterRandomizedTest extends BaseTokenStreamTestCase {

    private static Analyzer decompounding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new HanLPTokenizer(TestAnalysis.SEGMENTER, TestAnalysis.lexicon());
                return new TokenStreamComponents(
                        t, new SubWordFilter(t, TestAnalysis.SEGMENTER, TestAnalysis.lexicon()));
            }
        };
    }

    // Stacked sub-words end inside their word, so graph offsets are not "correct" in Lucene's sense;
    // Lucene's own decompounder tests relax that one check the same way.
    public void testRandomData() throws Exception {
        try (Analyzer a = decompounding()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 20, false, false);
        }
    }

    public void testRandomLongTexts() throws Exception {
        try (Analyzer a = decompounding()) {
            checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096, false, false);
        }
    }

    private static final String[] WORDS = {
        "学院路街道", "接诉即办", "文明区创建", "垃圾分类", "志愿服务", "海淀区城管委", "社区", "居民", "，", "。", "2024年", "推进", "中华人民共和国", "人工智能",
        "共同富裕", "😀", "APP", " "
    };

    public void testRandomChineseReports() throws Exception {
        try (Analyzer a = decompounding()) {
            for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random().nextInt(30); n >= 0; n--) {
                    text.append(WORDS[random().nextInt(WORDS.length)]);
                }
                checkAnalysisConsistency(random(), a, random().nextBoolean(), text.toString(), false);
            }
        }
    }

    public void testSubWordsFollowTheirWordAtTheSamePosition() throws Exception {
        try (Analyzer a = decompounding()) {
            assertAnalyzesTo(
                    a,
                    "推进文明区创建",
                    new String[] {"推进", "文明区创建", "文明", "创建"},
                    new int[] {0, 2, 2, 5},
                    new int[] {2, 7, 4, 7},
                    null,
                    new int[] {1, 1, 0, 0},
                    null,
                    false);
        }
    }

    public void testLatinAndDigitsAreNeverDecompounded() throws Exception {
        try (Analyzer a = decompounding()) {
            assertAnalyzesTo(a, "covid19 2024", new String[] {"covid19", "2024"}, new int[] {1, 1});
        }
    }
}
