package org.briefdesk.search.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path index;
    static String indexErr;
    static String indexOut;

    record Run(int rc, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void importArchiveWithBadLines() throws IOException {
        Path file = tmp.resolve("archive.jsonl");
        try (OutputStream o = Files.newOutputStream(file)) {
            write(
                    o,
                    "{\"id\":\"a1\",\"title\":\"学院路街道开展垃圾分类桶前值守\",\"body\":\"学院路街道组织30名志愿者在北洼路社区开展垃圾分类桶前值守，指导居民正确投放厨余垃圾。\",\"unit\":\"学院路街道\",\"date\":\"2024-05-12\",\"column\":\"工作动态\"}\n");
            write(o, "{\"id\":\"a2\",\"title\":\"bad json\"\n"); // line 2: invalid JSON
            write(o, "{\"title\":\"没有编号\",\"body\":\"正文\"}\n"); // line 3: missing id
            write(o, "{\"id\":\"a4\",\"title\":\"没有正文\"}\n"); // line 4: missing body
            o.write("{\"id\":\"a5\",\"title\":\"".getBytes(StandardCharsets.UTF_8)); // line 5: invalid UTF-8
            o.write(new byte[] {(byte) 0xE5, (byte) 0x9E, 0x22, 0x2C});
            write(o, "\"body\":\"x\"}\n");
            byte[] big = new byte[JsonlReader.MAX_LINE_BYTES + 10]; // line 6: over-long body
            Arrays.fill(big, (byte) 'a');
            write(o, "{\"id\":\"a6\",\"body\":\"");
            o.write(big);
            write(o, "\"}\n");
            write(o, "\n"); // line 7: blank, ignored
            write(
                    o,
                    "{\"id\":7,\"title\":\"中关村街道开展文明交通引导\",\"body\":\"中关村街道在成府路口设置文明引导岗，\\n志愿者劝阻闯红灯行为120余起。\",\"date\":\"2024-13-01\"}\n"); // line 8: bad date
            write(o, "{\"id\":8,\"title\":\"中关村街道开展文明交通引导\",\"body\":\"中关村街道在成府路口设置文明引导岗，\\n志愿者劝阻闯红灯行为120余起。\"}\n");
        }
        index = tmp.resolve("idx");
        Run r = run("", "index", "--index", index.toString(), file.toString());
        assertEquals(0, r.rc(), r.err());
        indexErr = r.err();
        indexOut = r.out();
    }

    private static void write(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndSkipped() throws IOException {
        assertTrue(indexErr.contains("line 2: invalid JSON"), indexErr);
        assertTrue(indexErr.contains("line 3: missing id"), indexErr);
        assertTrue(indexErr.contains("line 4: missing body"), indexErr);
        assertTrue(indexErr.contains("line 5: invalid UTF-8"), indexErr);
        assertTrue(indexErr.contains("line 6: line longer than"), indexErr);
        assertTrue(indexErr.contains("line 8: invalid date"), indexErr);
        JsonNode summary = JSON.readTree(indexOut);
        assertEquals(2, summary.get("indexed").asInt());
        assertEquals(6, summary.get("skipped").asInt());
        assertEquals(2, summary.get("total").asInt());
    }

    @Test
    void searchPrintsOneJsonLinePerHitWithHighlightedFragments() throws IOException {
        Run r = run("", "search", "--index", index.toString(), "--limit", "5", "垃圾分类");
        assertEquals(0, r.rc(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        JsonNode hit = JSON.readTree(r.lines().get(0));
        assertEquals("a1", hit.get("id").asText());
        assertEquals("学院路街道开展垃圾分类桶前值守", hit.get("title").asText());
        assertTrue(hit.get("score").asDouble() > 0);
        assertTrue(hit.get("fragments").get(0).asText().contains("<em>垃圾分类</em>"), hit.toString());
    }

    @Test
    void searchWithoutQueryReadsOneQueryPerStdinLine() throws IOException {
        Run r = run("文明引导\n\"垃圾\n志愿者\n", "search", "--index", index.toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals(3, r.lines().size(), r.out());
        JsonNode first = JSON.readTree(r.lines().get(0));
        assertEquals("文明引导", first.get("query").asText());
        assertEquals("8", first.get("results").get(0).get("id").asText());
        JsonNode bad = JSON.readTree(r.lines().get(1));
        assertTrue(bad.get("error").asText().contains("检索式有误"), bad.toString());
        assertEquals(2, JSON.readTree(r.lines().get(2)).get("results").size());
    }

    @Test
    void malformedQueryArgumentFailsWithAClearMessage() {
        Run r = run("", "search", "--index", index.toString(), "标题:(垃圾");
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("检索式有误"), r.err());
    }

    @Test
    void similarClassifiesEachInputLineWithoutIndexingIt() throws IOException {
        Path file = tmp.resolve("new.jsonl");
        Files.writeString(
                file,
                "{\"id\":\"n1\",\"title\":\"关于垃圾分类的报告\",\"body\":\"學院路街道組織30名志願者在北洼路社區開展垃圾分類桶前值守，指導居民正確投放廚餘垃圾。\"}\n"
                        + "not json\n",
                StandardCharsets.UTF_8);
        Run r = run("", "similar", "--index", index.toString(), file.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.err().contains("line 2: invalid JSON"), r.err());
        JsonNode res = JSON.readTree(r.lines().get(0));
        assertEquals("n1", res.get("id").asText());
        JsonNode m = res.get("matches").get(0);
        assertEquals("a1", m.get("id").asText());
        assertEquals("DUPLICATE", m.get("class").asText());
        assertTrue(m.get("score").asDouble() > 0.8);
        Run count = run("", "search", "--index", index.toString(), "志愿者");
        assertEquals(2, count.lines().size(), "similar must not add its input to the index");
    }

    @Test
    void analyzePrintsTokensSeparatedByTwoSpaces() throws IOException {
        Path dict = tmp.resolve("dict.txt");
        Files.writeString(dict, "接诉即办\n", StandardCharsets.UTF_8);
        Run r = run("東城區推进接诉即办\nABC 123\n", "analyze", "--mode", "query", "--dict", dict.toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of("东城区  推进  接诉即办", "abc  123"), r.lines());
    }

    @Test
    void usageErrorsExitWithStatusOne() {
        assertEquals(1, run("").rc());
        assertEquals(1, run("", "frobnicate").rc());
        assertEquals(1, run("", "search", "--limit", "x").rc());
        assertEquals(
                1,
                run("", "search", "--index", tmp.resolve("none").toString(), "q")
                        .rc());
    }
}
