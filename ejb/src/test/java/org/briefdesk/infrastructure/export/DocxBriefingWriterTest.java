package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

class DocxBriefingWriterTest {

    private static final Set<String> OFFICE_FONTS =
            Stream.of(FontRole.values()).map(FontRole::officeName).collect(Collectors.toSet());

    private final DocxBriefingWriter writer = new DocxBriefingWriter();

    @Test
    void theHeaderShowsTheRedTitleTheNumberAndTheIssuingUnitWithTheDateAboveARedRule() throws IOException {
        try (XWPFDocument doc = read(PrintedIssues.regular(3, 300))) {
            List<XWPFParagraph> p = doc.getParagraphs();
            XWPFParagraph title = p.get(0);
            assertEquals("海淀区创建首都文明区简报", title.getText());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertEquals("E60012", colour(title.getRuns().get(0)));
            assertEquals(36.0, title.getRuns().get(0).getFontSizeAsDouble());
            assertEquals("方正小标宋简体", title.getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
            assertEquals("第48期（总第356期）", p.get(1).getText());
            XWPFParagraph unitLine = p.get(2);
            assertEquals("海淀区创建首都文明区工作领导小组办公室\t2026年11月27日", unitLine.getText());
            var rule = unitLine.getCTP().getPPr().getPBdr().getBottom();
            assertTrue(rule.xmlText().contains("color=\"E60012\""), rule.xmlText());
            assertEquals(11L, ((BigInteger) rule.getSpace()).longValue(), "4 mm below the line");
        }
    }

    @Test
    void aDateIsPrintedWithoutLeadingZeros() throws IOException {
        PrintedIssue issue = withDate(PrintedIssues.regular(1, 100), java.time.LocalDate.of(2027, 1, 5));
        try (XWPFDocument doc = read(issue)) {
            assertTrue(text(doc).contains("2027年1月5日"), text(doc));
        }
    }

    @Test
    void columnsAndEntriesFollowInPrintOrderEachEntryEndingWithItsSourceUnits() throws IOException {
        PrintedIssue issue = PrintedIssues.regular(8, 400);
        try (XWPFDocument doc = read(issue)) {
            String all = text(doc);
            int at = all.indexOf("编者按：近期，各街道、各部门认真落实区创建工作部署");
            assertTrue(at > 0, "editor's note after the header");
            for (PrintedSection section : issue.sections()) {
                at = indexAfter(all, "【" + section.columnName() + "】", at);
                for (PrintedEntry entry : section.entries()) {
                    at = indexAfter(all, entry.headline(), at);
                    at = indexAfter(all, "（" + entry.sourceUnits().get(0) + "）", at);
                }
            }
        }
    }

    @Test
    void aColumnWithoutEntriesPrintsNoHeading() throws IOException {
        PrintedIssue issue = PrintedIssues.issue(
                null,
                3,
                null,
                null,
                List.of(
                        new PrintedSection("工作动态", List.of(PrintedIssues.entry(0, 200))),
                        new PrintedSection("舆情反应", List.of()),
                        new PrintedSection("经验交流", List.of(PrintedIssues.entry(1, 200)))),
                PrintedIssues.endBlock());
        try (XWPFDocument doc = read(issue)) {
            String all = text(doc);
            assertTrue(all.contains("【工作动态】") && all.contains("【经验交流】"));
            assertFalse(all.contains("舆情反应"));
            assertFalse(all.contains("（总第"), "no total number given");
        }
    }

    @Test
    void theEndBlockListsTheRecipientsBetweenRulesWithThePrintRunOnTheDistributionLine() throws IOException {
        PrintedIssue issue = PrintedIssues.issue(
                null,
                5,
                120,
                null,
                List.of(new PrintedSection("工作动态", List.of(PrintedIssues.entry(0, 200)))),
                new EndBlock("区委、区人大、区政府、区政协领导", "区创建办各成员单位", "各工委、各部门、各街道、乡镇", "区融媒体中心", 85));
        try (XWPFDocument doc = read(issue)) {
            XWPFTable end = doc.getTables().get(doc.getTables().size() - 1);
            List<String> lines =
                    end.getRows().stream().map(r -> r.getCell(0).getText()).toList();
            assertEquals(
                    List.of("报：区委、区人大、区政府、区政协领导", "送：区创建办各成员单位", "发：各工委、各部门、各街道、乡镇\t（共印 85 份）", "本期增发：区融媒体中心"), lines);
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, end.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, end.getBottomBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, end.getInsideHBorderType());
            assertTrue(end.getTopBorderSize() > end.getInsideHBorderSize(), "outer rules are heavier");
            assertEquals(XWPFTable.XWPFBorderType.NONE, end.getLeftBorderType());
        }
    }

    @Test
    void everyRunNamesItsFontForEastAsianTextSoWordAndWpsUseIt() throws IOException {
        try (XWPFDocument doc = read(PrintedIssues.regular(6, 500))) {
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables()
                    .forEach(t -> t.getRows()
                            .forEach(r -> r.getTableCells()
                                    .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            doc.getFooterList().forEach(f -> f.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
            assertTrue(runs.size() > 50, "runs: " + runs.size());
            for (XWPFRun run : runs) {
                String eastAsia = run.getFontFamily(FontCharRange.eastAsia);
                assertTrue(OFFICE_FONTS.contains(eastAsia), "run '" + run.text() + "' has east-Asian font " + eastAsia);
                assertEquals(eastAsia, run.getFontFamily(FontCharRange.ascii), run.text());
            }
        }
    }

    @Test
    void headlinesBodyAndNumberedHeadingsUseTheOfficialFaces() throws IOException {
        PrintedEntry entry = new PrintedEntry(
                "清河街道推进背街小巷环境整治",
                "<p>今年以来，街道扎实推进整治工作。</p>" + "<p>一、加强组织领导。街道成立工作专班。</p><h3>（一）明确责任分工</h3><p>1. 各社区制定任务清单。</p>",
                List.of("清河街道"));
        PrintedIssue issue = PrintedIssues.issue(
                null, 7, null, null, List.of(new PrintedSection("工作动态", List.of(entry))), PrintedIssues.endBlock());
        try (XWPFDocument doc = read(issue)) {
            assertEquals("黑体", paragraph(doc, "【工作动态】").getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
            XWPFRun headline = paragraph(doc, "清河街道推进背街小巷环境整治").getRuns().get(0);
            assertEquals("方正小标宋简体", headline.getFontFamily(FontCharRange.eastAsia));
            assertTrue(headline.isBold());
            assertEquals(16.0, headline.getFontSizeAsDouble());
            XWPFParagraph body = paragraph(doc, "今年以来，街道扎实推进整治工作。");
            assertEquals("仿宋_GB2312", body.getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
            assertEquals(632, body.getIndentationFirstLine(), "two characters of the 28-character grid");
            assertEquals(ParagraphAlignment.BOTH, body.getAlignment());
            List<XWPFRun> numbered = paragraph(doc, "一、加强组织领导。街道成立工作专班。").getRuns();
            assertEquals("一、加强组织领导。", numbered.get(0).text());
            assertEquals("黑体", numbered.get(0).getFontFamily(FontCharRange.eastAsia));
            assertEquals("仿宋_GB2312", numbered.get(1).getFontFamily(FontCharRange.eastAsia));
            assertEquals(
                    "楷体_GB2312", paragraph(doc, "（一）明确责任分工").getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
            assertEquals(
                    "仿宋_GB2312",
                    paragraph(doc, "1. 各社区制定任务清单。（清河街道）").getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
        }
    }

    @Test
    void theEditorsNoteIsInKaiAfterABoldLabel() throws IOException {
        try (XWPFDocument doc = read(PrintedIssues.regular(1, 100))) {
            XWPFParagraph note = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("编者按："))
                    .findFirst()
                    .orElseThrow();
            assertEquals("黑体", note.getRuns().get(0).getFontFamily(FontCharRange.eastAsia));
            assertEquals("楷体_GB2312", note.getRuns().get(1).getFontFamily(FontCharRange.eastAsia));
        }
    }

    @Test
    void aSingleEntrySpecialIssueShowsItsKindAndA2haoHeadlineWithoutColumnHeading() throws IOException {
        PrintedIssue issue = PrintedIssues.issue(
                "特刊",
                2,
                null,
                null,
                List.of(new PrintedSection(null, List.of(PrintedIssues.entry(4, 800)))),
                PrintedIssues.endBlock());
        try (XWPFDocument doc = read(issue)) {
            XWPFParagraph kind = doc.getParagraphs().get(1);
            assertEquals("特刊", kind.getText());
            assertEquals("E60012", colour(kind.getRuns().get(0)));
            assertEquals("第2期", doc.getParagraphs().get(2).getText());
            assertEquals(
                    22.0,
                    paragraph(doc, PrintedIssues.headline(4)).getRuns().get(0).getFontSizeAsDouble());
            assertFalse(text(doc).contains("【"));
        }
    }

    @Test
    void theFootersNumberOddPagesAtTheRightAndEvenPagesAtTheLeftWithAPageField() throws IOException {
        try (XWPFDocument doc = read(PrintedIssues.regular(2, 300))) {
            assertTrue(doc.getEvenAndOddHeadings());
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
            assertNotNull(odd);
            assertNotNull(even);
            assertEquals(ParagraphAlignment.RIGHT, odd.getParagraphs().get(0).getAlignment());
            assertEquals(ParagraphAlignment.LEFT, even.getParagraphs().get(0).getAlignment());
            for (XWPFFooter footer : List.of(odd, even)) {
                String xml = footer.getParagraphs().get(0).getCTP().xmlText();
                assertTrue(xml.contains("PAGE"), xml);
                assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains("fldCharType=\"end\""), xml);
                assertEquals("— 1 —", footer.getText().strip());
            }
        }
    }

    @Test
    void thePageIsA4WithTheOfficialMarginsAndBodyLinesOfTheTwentyTwoLineGrid() throws IOException {
        try (XWPFDocument doc = read(PrintedIssues.regular(1, 100))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906L, ((BigInteger) sect.getPgSz().getW()).longValue());
            assertEquals(16838L, ((BigInteger) sect.getPgSz().getH()).longValue());
            CTPageMar m = sect.getPgMar();
            assertEquals(2098L, ((BigInteger) m.getTop()).longValue(), "37 mm");
            assertEquals(1587L, ((BigInteger) m.getLeft()).longValue(), "28 mm");
            assertEquals(1474L, ((BigInteger) m.getRight()).longValue(), "26 mm");
            assertEquals(1984L, ((BigInteger) m.getBottom()).longValue(), "35 mm");
            XWPFParagraph body = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("今年以来"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(LineSpacingRule.EXACT, body.getSpacingLineRule());
            assertEquals(
                    579,
                    body.getCTP().getPPr().getSpacing().getLine() instanceof BigInteger b ? b.intValue() : -1,
                    "22 lines of 579 twips fill the 225 mm text block");
        }
    }

    @Test
    void aStatisticsTableIsPrintedWithItsHeaderRow() throws IOException {
        PrintedEntry scores = new PrintedEntry(
                "2026年11月各单位信息报送情况",
                "<p>现将各单位报送情况通报如下。</p>",
                List.of(),
                List.of(
                        List.of("单位", "报送", "采用", "得分"),
                        List.of("海淀街道", "12", "5", "37.5"),
                        List.of("学院路街道", "9", "4", "29")));
        PrintedIssue issue = PrintedIssues.issue(
                null, 11, null, null, List.of(new PrintedSection(null, List.of(scores))), PrintedIssues.endBlock());
        try (XWPFDocument doc = read(issue)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals(3, table.getNumberOfRows());
            assertEquals(
                    List.of("单位", "报送", "采用", "得分"),
                    table.getRow(0).getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .toList());
            assertEquals("37.5", table.getRow(1).getCell(3).getText());
            assertEquals(
                    "黑体",
                    table.getRow(0)
                            .getCell(0)
                            .getParagraphs()
                            .get(0)
                            .getRuns()
                            .get(0)
                            .getFontFamily(FontCharRange.eastAsia));
        }
    }

    @Test
    void aTenThousandCharacterHeadlineAndControlCharactersStillGiveAValidDocument() throws IOException {
        String headline = "海淀区".repeat(3_334).substring(0, 10_000);
        PrintedEntry entry = new PrintedEntry(headline, "<p>正文\u0001第一段\u000B。</p>", List.of("海淀街道"));
        PrintedIssue issue = PrintedIssues.issue(
                null, 1, null, null, List.of(new PrintedSection("工作动态", List.of(entry))), PrintedIssues.endBlock());
        try (XWPFDocument doc = read(issue)) {
            assertTrue(text(doc).contains(headline));
            assertTrue(text(doc).contains("正文第一段。（海淀街道）"));
        }
    }

    private XWPFDocument read(PrintedIssue issue) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(writer.write(issue)));
    }

    private static PrintedIssue withDate(PrintedIssue i, java.time.LocalDate date) {
        return i.toBuilder().date(date).build();
    }

    /** The run's colour as Word stores it (POI's getColor garbles it). */
    private static String colour(XWPFRun run) {
        var m = Pattern.compile("val=\"(\\w+)\"")
                .matcher(run.getCTR().getRPr().getColorArray(0).xmlText());
        return m.find() ? m.group(1) : null;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }

    /** The document's text in reading order, tables included. */
    static String text(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                out.append(t.getText()).append('\n');
            }
        }
        return out.toString();
    }

    private static int indexAfter(String all, String part, int from) {
        int at = all.indexOf(part, from + 1);
        assertTrue(at > from, "'" + part + "' should follow position " + from);
        return at;
    }
}
