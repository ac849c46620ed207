package org.briefdesk.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.briefdesk.search.analysis.AnalyzedText.Token;
import org.junit.jupiter.api.Test;

class HanLPTokenizerTest {
    private final Lexicon lexicon = TestAnalysis.lexicon();
    private final Analyzer index = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, lexicon, AnalysisMode.INDEX);
    private final Analyzer query = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, lexicon, AnalysisMode.QUERY);

    static List<Token> tokens(Analyzer a, String text) {
        AnalyzedText analyzed = AnalyzedText.analyze(a, "body", text);
        assertEquals(text.length(), analyzed.finalOffset(), "end() must report the final offset");
        return analyzed.tokens();
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().map(Token::term).toList();
    }

    /** The contract every token stream must keep: offsets point at the folded source characters. */
    static void assertConsistent(List<Token> toks, String text) {
        int lastStart = 0;
        int pos = -1;
        for (Token t : toks) {
            assertTrue(t.start() >= lastStart, "offsets must not go backwards: " + t);
            assertTrue(t.end() > t.start() && t.end() <= text.length(), "bad offsets " + t);
            assertEquals(
                    t.term(),
                    CharFolding.fold(text.substring(t.start(), t.end())),
                    "term must be the folded source text: " + t);
            pos += t.posInc();
            assertTrue(pos >= 0, "first position increment must be > 0");
            lastStart = t.start();
        }
    }

    @Test
    void offsetsPointAtTheOriginalCharactersAcrossNewlinesAndFullWidth() throws IOException {
        String text = "海淀区学院路街道\n开展垃圾分类\r\n文明引导活动，ＡＢＣ社区共１２０名居民参加。";
        List<Token> toks = tokens(query, text);
        assertConsistent(toks, text);
        Token abc =
                toks.stream().filter(t -> t.term().equals("abc")).findFirst().orElseThrow();
        assertEquals("ＡＢＣ", text.substring(abc.start(), abc.end()));
        Token num =
                toks.stream().filter(t -> t.term().equals("120")).findFirst().orElseThrow();
        assertEquals("１２０", text.substring(num.start(), num.end()));
        assertEquals(TokenTypes.NUM, num.type());
    }

    @Test
    void traditionalCharactersAreFoldedToSimplifiedWithOriginalOffsets() throws IOException {
        String text = "東城區開展垃圾分類";
        List<Token> toks = tokens(query, text);
        assertConsistent(toks, text);
        assertTrue(terms(query, text).contains("东城区"), toks.toString());
        assertEquals(terms(query, "东城区开展垃圾分类"), terms(query, text));
    }

    @Test
    void localDictionaryKeepsProgrammeNamesWhole() throws IOException {
        assertTrue(terms(query, "全面推进接诉即办改革").contains("接诉即办"));
        Lexicon empty = new Lexicon();
        Analyzer plain = new BriefdeskAnalyzer(TestAnalysis.SEGMENTER, empty, AnalysisMode.QUERY);
        assertFalse(terms(plain, "全面推进接诉即办改革").contains("接诉即办"));
    }

    @Test
    void synonymsAreReplacedByTheirCanonicalTerm() throws IOException {
        assertEquals(terms(query, "巩固创城成果"), terms(query, "巩固创建文明城区成果"));
        Token t = tokens(query, "巩固创建文明城区成果").get(1);
        assertEquals("创城", t.term());
        assertEquals(2, t.start());
        assertEquals(8, t.end());
    }

    @Test
    void indexModeStacksSubWordsAtTheSamePositionAndQueryModeDoesNot() throws IOException {
        String text = "学院路街道推进文明区创建工作";
        List<Token> idx = tokens(index, text);
        assertConsistent(idx, text);
        List<Token> q = tokens(query, text);
        assertTrue(q.stream().allMatch(t -> t.posInc() == 1), "query mode must never stack tokens");
        // the main tokens of index mode are exactly the query-mode tokens: phrases line up
        assertEquals(
                q.stream().map(Token::term).toList(),
                idx.stream().filter(t -> t.posInc() > 0).map(Token::term).toList());
        assertTrue(idx.stream().anyMatch(t -> t.posInc() == 0), "index mode should add sub-words: " + idx);
    }

    @Test
    void latinWordsNumbersAndEmojiAreSingleTokens() throws IOException {
        String text = "5G网络覆盖率达98.5%，APP下载1,500次👍😀";
        List<Token> toks = tokens(query, text);
        assertConsistent(toks, text);
        List<String> terms = toks.stream().map(Token::term).toList();
        assertTrue(terms.contains("98.5"), terms.toString());
        assertTrue(terms.contains("1,500"), terms.toString());
        assertTrue(terms.contains("app"), terms.toString());
        assertTrue(terms.contains("👍"), terms.toString());
        assertEquals(TokenTypes.EMOJI, toks.get(toks.size() - 1).type());
    }

    @Test
    void rareHanCharactersOutsideTheBmpAreNeverSplit() throws IOException {
        String text = "𠀋𠀍海淀区𪚥社区";
        List<Token> toks = tokens(index, text);
        assertConsistent(toks, text);
        for (Token t : toks) {
            assertFalse(Character.isLowSurrogate(text.charAt(t.start())), "token starts inside a surrogate pair: " + t);
        }
    }

    @Test
    void punctuationSpacesAndEmptyInputProduceNoTokens() throws IOException {
        assertEquals(List.of(), terms(query, ""));
        assertEquals(List.of(), terms(query, " \n\t，。！？、“”《》　"));
    }

    @Test
    void longInputIsReadWholeWithoutChunkBoundaryErrors() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 20_000) {
            sb.append("海淀区学院路街道开展垃圾分类文明引导活动，");
        }
        String text = sb.toString();
        List<Token> toks = tokens(query, text);
        assertConsistent(toks, text);
        // A 512-char reader would split words at the boundary; a repeated sentence must segment identically.
        long n = toks.stream().filter(t -> t.term().equals("垃圾")).count();
        assertEquals(text.split("，").length, n);
    }

    @Test
    void readerThatReturnsOneCharAtATimeGivesTheSameTokens() throws IOException {
        String text = "朝阳区望京街道开展文明引导志愿服务活动，共计150余人参加。";
        List<Token> expected = tokens(query, text);
        List<Token> got =
                AnalyzedText.analyze(query, "body", new TrickleReader(text)).tokens();
        assertEquals(expected, got);
    }

    @Test
    void reuseAcrossDocumentsStartsFromAFreshState() throws IOException {
        List<Token> first = tokens(index, "西城区什刹海街道开展环境整治");
        tokens(index, "很长的另一段文字：接诉即办、垃圾分类、文明引导、背街小巷整治提升");
        assertEquals(first, tokens(index, "西城区什刹海街道开展环境整治"));
    }

    @Test
    void aClauseSegmentedBeforeGetsTheOffsetsOfItsNewPosition() throws IOException {
        // A fresh segmenter: the second text must be answered from the clause cache.
        HanLPSegmenter segmenter = new HanLPSegmenter();
        Analyzer a = new BriefdeskAnalyzer(segmenter, lexicon, AnalysisMode.INDEX);
        String clause = "居民代表林磊等人深入交流";
        List<Token> alone = tokens(a, clause);
        String text = "上午９时，\n" + clause + "。";
        List<Token> later = tokens(a, text);
        assertTrue(segmenter.clauseCacheHitRate() > 0, "the repeated clause must come from the cache");
        assertConsistent(later, text);
        int shift = text.indexOf(clause);
        List<Token> inClause = later.stream().filter(t -> t.start() >= shift).toList();
        assertEquals(alone.size(), inClause.size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).term(), inClause.get(i).term());
            assertEquals(alone.get(i).start() + shift, inClause.get(i).start());
            assertEquals(alone.get(i).type(), inClause.get(i).type());
        }
    }

    @Test
    void randomTextKeepsTheTokenStreamContract() throws IOException {
        Random r = new Random(42);
        String pool = "海淀区街道社区创建首都文明区接诉即办垃圾分类文明引导東城區開展ABCabc１２３123,.。，！\n \r\t😀👍《》“”";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(200);
            for (int k = 0; k < len; k++) {
                int c = pool.codePointAt(pool.offsetByCodePoints(0, r.nextInt(pool.codePointCount(0, pool.length()))));
                sb.appendCodePoint(c);
            }
            String text = sb.toString();
            assertConsistent(tokens(index, text), text);
            assertConsistent(tokens(query, text), text);
        }
    }

    /** Returns at most one char per read, like a slow network stream. */
    static final class TrickleReader extends Reader {
        private final StringReader in;

        TrickleReader(String s) {
            in = new StringReader(s);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return in.read(cbuf, off, Math.min(1, len));
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
