package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsRows;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.infrastructure.reporting.StatisticsBulletin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word file as a word processor lays it out: LibreOffice converts it to PDF, and its page 1
 * and last page are compared with Briefdesk's own PDF (the layout of record): the red rule under
 * the issuing-office line is drawn, and the 版记 stands at the foot of the last page.
 */
class DocxInLibreOfficeTest {

    private static final int DPI = 50;

    @TempDir
    Path dir;

    @Test
    void libreOfficeDrawsTheRedRuleAndPutsTheEndBlockAtTheFootOfTheLastPage() throws Exception {
        PrintedIssue issue = PrintedIssues.regular(4, 900);
        Path ours = dir.resolve("ours.pdf");
        Files.write(ours, new PdfBriefingWriter(BriefingFonts.configured()).write(issue));
        Path docx = dir.resolve("word.docx");
        Files.write(docx, new DocxBriefingWriter().write(issue));
        Path word = convert(docx);
        keep(word, "briefing-libreoffice.pdf");

        try (PDDocument o = Loader.loadPDF(ours.toFile());
                PDDocument w = Loader.loadPDF(word.toFile())) {
            float height = w.getPage(0).getMediaBox().getHeight();
            assertEquals(297 / 25.4 * 72, height, 1, "A4");
            // page 1: the same header lines, in the same order, at about the same heights
            for (String line : List.of("海淀区创建首都文明区简报", "第48期", "2026年11月27日")) {
                float y0 = top(o, 1, line);
                float y1 = top(w, 1, line);
                assertTrue(Math.abs(y0 - y1) < mm(8), line + ": " + y0 + " (PDF) vs " + y1 + " (Word in LibreOffice)");
            }
            // the end block at the foot of the last page, as in the PDF
            float footO = top(o, o.getNumberOfPages(), "报：");
            float footW = top(w, w.getNumberOfPages(), "报：");
            assertTrue(footO > height * 0.7, "the PDF's 版记 is at the foot: " + footO);
            assertTrue(
                    Math.abs(footO - footW) < mm(10),
                    "版记 at " + footW + " in LibreOffice, " + footO + " in the PDF (points from the top)");
            // page 1: a red rule as wide as the text block between the issuing-office line and the note
            BufferedImage page = pageOne(word);
            float perPt = page.getHeight() / height;
            int from = Math.round((top(w, 1, "海淀区创建首都文明区工作领导小组办公室") + 4) * perPt);
            int to = Math.round(top(w, 1, "编者按") * perPt);
            assertTrue(
                    longestRedRun(page, from, to) > mm(156) * perPt * 0.9,
                    "a full-width red rule under the issuing-office line");
        }
    }

    @Test
    void theBulletinsUnitNamesStayOnOneLineAndItsEndBlockAtTheFoot() throws Exception {
        List<String> names = List.of("学院路街道", "区城市管理委员会", "四季青镇人民政府", "清华园街道");
        List<UnitStatistics> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(StatisticsRows.row(i + 1, names.get(i), "街乡镇", true, 12 - i, 3 - i / 2, 0, 0, 3, 4));
        }
        StatisticsReport report = new StatisticsReport(
                Period.month(YearMonth.of(2026, 11)),
                StatisticsRows.ranked(rows),
                StatisticsRows.totals(rows),
                "报送1分；区级全文采用5分");
        Path docx = dir.resolve("bulletin.docx");
        Files.write(docx, StatisticsBulletin.docx(report, LocalDate.of(2026, 12, 1)));
        Path word = convert(docx);
        keep(word, "bulletin-libreoffice.pdf");
        try (PDDocument w = Loader.loadPDF(word.toFile())) {
            String text = new PDFTextStripper().getText(w);
            for (String name : names) {
                assertTrue(
                        text.lines()
                                .anyMatch(line -> line.replaceAll("\\s+", "").contains(name)),
                        name + " is cut over two lines in:\n" + text);
            }
            float height = w.getPage(0).getMediaBox().getHeight();
            assertTrue(top(w, w.getNumberOfPages(), "报：") > height * 0.7, "the 版记 at the foot of the last page");
        }
    }

    private static float mm(double mm) {
        return (float) (mm / 25.4 * 72);
    }

    /** The baseline (points from the top) of where {@code text} starts on {@code page}, whitespace aside. */
    private static float top(PDDocument doc, int page, String text) throws IOException {
        StringBuilder chars = new StringBuilder();
        List<Float> heights = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String s, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    for (char c : p.getUnicode().toCharArray()) {
                        if (!Character.isWhitespace(c)) {
                            chars.append(c);
                            heights.add(p.getYDirAdj());
                        }
                    }
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        int at = chars.indexOf(text);
        assertTrue(at >= 0, "“" + text + "” on page " + page + ": " + chars);
        return heights.get(at);
    }

    private Path convert(Path docx) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(
                            "soffice",
                            "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            dir.toString(),
                            docx.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            fail("LibreOffice is needed to check the Word file: install the Debian package "
                    + "libreoffice-writer-nogui (bin/test does). " + e.getMessage());
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
        Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.exists(pdf), "LibreOffice made no PDF: " + output);
        return pdf;
    }

    /** Keeps the converted file in target/ to look at (not committed). */
    private static void keep(Path file, String name) throws IOException {
        Path target = Path.of("target", "libreoffice");
        Files.createDirectories(target);
        Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private BufferedImage pageOne(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        String.valueOf(DPI),
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        pdf.toString(),
                        dir.resolve("lo-page1").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), "pdftoppm failed: " + output);
        return ImageIO.read(dir.resolve("lo-page1.png").toFile());
    }

    /** The longest horizontal run of briefing-red pixels between two heights. */
    private static int longestRedRun(BufferedImage image, int fromY, int toY) {
        int best = 0;
        for (int y = fromY; y < toY; y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                run = r > 180 && g < 110 && b < 110 ? run + 1 : 0;
                best = Math.max(best, run);
            }
        }
        return best;
    }
}
