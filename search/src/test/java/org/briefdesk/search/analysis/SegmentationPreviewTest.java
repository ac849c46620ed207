package org.briefdesk.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefdesk.search.analysis.SegmentationPreview.Word;
import org.junit.jupiter.api.Test;

class SegmentationPreviewTest {
    private final SegmentationPreview preview = new SegmentationPreview(TestAnalysis.SEGMENTER);
    private final String sentence = "温榆河公园二期年底开园，周边社区居民踊跃参加志愿服务。";

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void aProposedTermIsSegmentedWholeWhileTheLiveDictionaryIsUnchanged() {
        Lexicon live = new Lexicon();
        List<Word> before = preview.segment(live.snapshot(), sentence);
        assertFalse(texts(before).contains("温榆河公园"), "HanLP alone cuts the park's name: " + texts(before));

        LexiconSnapshot proposed = LexiconSnapshot.of(List.of(new LexiconTerm("温榆河公园", "ns")), List.of());
        List<Word> after = preview.segment(proposed, sentence);
        Word park = after.get(0);
        assertEquals("温榆河公园", park.text());
        assertEquals(0, park.start());
        assertEquals(5, park.end());
        assertEquals("ns", park.nature());
        assertTrue(park.local());
        assertEquals(before, preview.segment(live.snapshot(), sentence), "a preview never publishes");
    }

    @Test
    void offsetsPointAtTheSentenceAsWrittenAndSynonymsShowTheirSearchedTerm() {
        String text = "巩固創建文明城區成果";
        LexiconSnapshot s = LexiconSnapshot.of(List.of(), List.of(List.of("创城", "创建文明城区")));
        List<Word> words = preview.segment(s, text);
        Word w = words.stream().filter(Word::local).findFirst().orElseThrow();
        assertEquals("創建文明城區", w.text());
        assertEquals(text.substring(w.start(), w.end()), w.text());
        assertEquals("创城", w.searchedAs());
        for (Word x : words) {
            assertEquals(text.substring(x.start(), x.end()), x.text());
        }
    }
}
