package org.briefdesk.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    @TempDir
    Path tmp;

    @Test
    void wordsAndSynonymsLoadFromEditableFiles() throws Exception {
        Path words = tmp.resolve("words.txt");
        Files.writeString(words, "\uFEFF# 本地词典\n文明区创建 nz 100\n接诉即办\n\n", StandardCharsets.UTF_8);
        Path syn = tmp.resolve("syn.txt");
        Files.writeString(syn, "创城，创建文明城区\n# comment\n垃圾分类=垃圾分拣\n", StandardCharsets.UTF_8);
        Lexicon l = new Lexicon();
        l.loadWords(words);
        l.loadSynonyms(syn);
        assertTrue(l.snapshot().contains("文明区创建"));
        assertEquals("创城", l.snapshot().canonical("创建文明城区"));
        assertEquals("垃圾分类", l.snapshot().canonical("垃圾分拣"));
    }

    @Test
    void changesApplyToTheNextAnalysisWithoutRestart() throws Exception {
        Lexicon l = new Lexicon();
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, l, AnalysisMode.QUERY);
        String text = "深化接诉即办改革";
        assertTrue(!HanLPTokenizerTest.terms(a, text).contains("接诉即办"));
        long v = l.version();
        l.addWords(List.of("接诉即办"));
        assertTrue(l.version() > v);
        assertTrue(HanLPTokenizerTest.terms(a, text).contains("接诉即办"));
        l.removeWords(List.of("接诉即办"));
        assertTrue(!HanLPTokenizerTest.terms(a, text).contains("接诉即办"));
    }

    @Test
    void dictionaryUpdatesDuringConcurrentAnalysisNeverMixStates() throws Exception {
        Lexicon l = new Lexicon();
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, l, AnalysisMode.INDEX);
        String text = "西北旺镇全面推进接诉即办和文明区创建，\n海淀区城管委参加。";
        List<String> without = HanLPTokenizerTest.terms(a, text);
        l.addWords(List.of("接诉即办", "文明区创建", "海淀区城管委"));
        List<String> with = HanLPTokenizerTest.terms(a, text);
        l.removeWords(List.of("接诉即办", "文明区创建", "海淀区城管委"));
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        Thread[] readers = new Thread[2];
        for (int t = 0; t < readers.length; t++) {
            readers[t] = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        List<String> got = HanLPTokenizerTest.terms(a, text);
                        if (!got.equals(with) && !got.equals(without)) errors.add(got.toString());
                    }
                } catch (Throwable e) {
                    errors.add(e.toString());
                }
            });
            readers[t].start();
        }
        for (int i = 0; i < 300; i++) {
            // one update publishes all three words at once: a reader sees all or none
            l.addWords(List.of("接诉即办", "文明区创建", "海淀区城管委"));
            l.removeWords(List.of("接诉即办", "文明区创建", "海淀区城管委"));
        }
        stop.set(true);
        for (Thread t : readers) t.join();
        assertTrue(errors.isEmpty(), () -> errors.peek());
    }

    @Test
    void aPublishedSnapshotCarriesPartsOfSpeechAndReplacesEverythingAtOnce() {
        Lexicon l = new Lexicon();
        l.addWords(List.of("旧词条"));
        LexiconSnapshot s = l.publish(
                List.of(new LexiconTerm("温榆河公园", "ns"), LexiconTerm.of("接诉即办")), List.of(List.of("温榆河公园", "温榆河森林公园")));
        assertEquals(s, l.snapshot());
        assertEquals("ns", s.nature("温榆河公园"));
        assertEquals("nz", s.nature("接诉即办"));
        assertEquals("nz", s.nature("温榆河森林公园"), "a word known only from a group is a proper noun");
        assertEquals(null, s.nature("旧词条"));
        assertEquals("温榆河公园", s.canonical("温榆河森林公园"));
    }

    @Test
    void aStreamResetBeforeAPublicationFinishesWithTheSnapshotItStartedWith() throws Exception {
        Lexicon l = new Lexicon();
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, l, AnalysisMode.INDEX);
        String text = "温榆河公园开园";
        try (org.apache.lucene.analysis.TokenStream ts = a.tokenStream("body", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            l.publish(List.of(new LexiconTerm("温榆河公园", "ns")), List.of());
            List<String> inFlight = new java.util.ArrayList<>();
            while (ts.incrementToken()) {
                inFlight.add(term.toString());
            }
            ts.end();
            assertTrue(!inFlight.contains("温榆河公园"), inFlight.toString());
        }
        assertTrue(HanLPTokenizerTest.terms(a, text).contains("温榆河公园"), "the next stream sees the new term");
    }

    @Test
    void twoLexiconsInOneJvmNeverSeeEachOthersWordsNorTouchHanLPsGlobalDictionary() throws Exception {
        Lexicon withPark = new Lexicon();
        withPark.publish(List.of(new LexiconTerm("温榆河公园", "ns")), List.of());
        Lexicon without = new Lexicon();
        Analyzer a = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, withPark, AnalysisMode.QUERY);
        Analyzer b = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, without, AnalysisMode.QUERY);
        String text = "温榆河公园开园";
        assertTrue(HanLPTokenizerTest.terms(a, text).contains("温榆河公园"));
        assertTrue(!HanLPTokenizerTest.terms(b, text).contains("温榆河公园"));
        assertTrue(!com.hankcs.hanlp.dictionary.CustomDictionary.contains("温榆河公园"));
    }
}
