package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBriefingWriterTest {

    private final PdfBriefingWriter writer = new PdfBriefingWriter(BriefingFonts.configured());

    @Test
    void thePdfOfAThirtyEntryIssueHasTheHeaderEveryEntryInOrderAndTheEndBlock() throws IOException {
        PrintedIssue issue = PrintedIssues.regular(30, 1500);
        byte[] pdf = writer.write(issue);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = flat(text(doc, 1, doc.getNumberOfPages()));
            String first = flat(text(doc, 1, 1));
            assertTrue(
                    first.startsWith("海淀区创建首都文明区简报第48期（总第356期）海淀区创建首都文明区工作领导小组办公室2026年11月27日"), first.substring(0, 80));
            int at = all.indexOf("编者按：近期，各街道、各部门认真落实区创建工作部署");
            assertTrue(at > 0);
            int count = 0;
            for (PrintedSection section : issue.sections()) {
                at = indexAfter(all, "【" + section.columnName() + "】", at);
                for (PrintedEntry entry : section.entries()) {
                    at = indexAfter(all, entry.headline(), at);
                    at = indexAfter(all, "（" + entry.sourceUnits().get(0) + "）", at);
                    count++;
                }
            }
            assertEquals(30, count);
            String last = flat(text(doc, doc.getNumberOfPages(), doc.getNumberOfPages()));
            assertTrue(last.contains("报：区委、区人大、区政府、区政协领导送：区创建办各成员单位发：各工委、各部门、各街道、乡镇（共印80份）"), last);
            assertTrue(doc.getNumberOfPages() > 30, "45,000 characters of 3号 text take many pages");
        }
    }

    @Test
    void everyFontOfEveryPageIsEmbedded() throws IOException {
        PrintedIssue issue = PrintedIssues.issue(
                "专刊",
                3,
                60,
                "<p>为深入推进<b>文明城区</b>创建，现编发专刊。</p>",
                PrintedIssues.regular(6, 600).sections(),
                PrintedIssues.endBlock());
        try (PDDocument doc = Loader.loadPDF(writer.write(issue))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.size() >= 3, "title, body and heading faces: " + fonts);
        }
    }

    @Test
    void pagesAreNumberedWithEmDashesBelowTheText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(writer.write(PrintedIssues.regular(4, 1500)))) {
            assertTrue(doc.getNumberOfPages() >= 3);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String text = text(doc, page, page).strip();
                assertTrue(
                        text.endsWith("— " + page + " —"),
                        "page " + page + " ends with " + text.substring(text.length() - 20));
            }
        }
    }

    @Test
    void fullBodyLinesHoldTwentyEightCharactersOfTheGrid() throws IOException {
        try (PDDocument doc = Loader.loadPDF(writer.write(PrintedIssues.regular(2, 1500)))) {
            Map<Integer, Long> lengths = Arrays.stream(text(doc, 2, 2).split("\\R"))
                    .collect(Collectors.groupingBy(String::length, Collectors.counting()));
            int commonest = lengths.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            assertEquals(28, commonest, "line lengths of page 2: " + lengths);
        }
    }

    @Test
    void noLineStartsWithAClosingPunctuationMark() throws IOException {
        try (PDDocument doc = Loader.loadPDF(writer.write(PrintedIssues.regular(6, 1500)))) {
            for (String line : text(doc, 1, doc.getNumberOfPages()).split("\\R")) {
                assertTrue(line.isEmpty() || "，。、；：？！）》”".indexOf(line.charAt(0)) < 0, "line starts with: " + line);
            }
        }
    }

    @Test
    void aTenThousandCharacterHeadlineWrapsOverPagesInsteadOfFailing() throws IOException {
        String headline = "关于进一步加强背街小巷环境精细化治理".repeat(600).substring(0, 10_000);
        PrintedIssue issue = PrintedIssues.issue(
                null,
                1,
                null,
                null,
                List.of(new PrintedSection("工作动态", List.of(new PrintedEntry(headline, "<p>正文。</p>", List.of("海淀街道"))))),
                PrintedIssues.endBlock());
        try (PDDocument doc = Loader.loadPDF(writer.write(issue))) {
            String all = flat(text(doc, 1, doc.getNumberOfPages()));
            assertTrue(all.contains(headline));
            assertTrue(all.contains("正文。（海淀街道）"));
            assertTrue(doc.getNumberOfPages() >= 2);
        }
    }

    @Test
    void concurrentExportsSharingTheFontsProduceTheSameText() throws Exception {
        PrintedIssue issue = PrintedIssues.regular(5, 800);
        String expected;
        try (PDDocument doc = Loader.loadPDF(writer.write(issue))) {
            expected = text(doc, 1, doc.getNumberOfPages());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> writer.write(issue)));
            }
            for (Future<byte[]> result : results) {
                try (PDDocument doc = Loader.loadPDF(result.get())) {
                    assertEquals(expected, text(doc, 1, doc.getNumberOfPages()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    /** Text without line breaks, spaces and page numbers, so wrapped lines and pages read as one. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    private static int indexAfter(String all, String part, int from) {
        int at = all.indexOf(flat(part), from + 1);
        assertTrue(at > from, "'" + part + "' should follow position " + from);
        return at;
    }
}
