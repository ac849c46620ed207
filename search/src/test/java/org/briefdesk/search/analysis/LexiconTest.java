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
}
