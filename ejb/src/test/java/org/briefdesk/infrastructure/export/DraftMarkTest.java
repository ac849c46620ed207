package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A draft read outside the office is never taken for the issue: every page says 草稿. */
class DraftMarkTest {

    private static PrintedIssue asDraft(PrintedIssue i) {
        return i.toBuilder().draft(true).build();
    }

    @Test
    void everyPageOfADraftPdfCarriesTheMarkAndAPublishedIssueNone() throws IOException {
        PrintedIssue published = PrintedIssues.regular(8, 400);
        try (PDDocument doc = Loader.loadPDF(new PdfBriefingWriter().write(asDraft(published)))) {
            assertTrue(doc.getNumberOfPages() > 1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                assertTrue(text.getText(doc).contains(PrintedIssue.DRAFT_MARK), "page " + page);
            }
        }
        try (PDDocument doc = Loader.loadPDF(new PdfBriefingWriter().write(published))) {
            assertFalse(new PDFTextStripper().getText(doc).contains("草稿"));
        }
    }

    @Test
    void aDraftWordFileHasTheMarkInTheHeadersOfOddAndEvenPages() throws IOException {
        byte[] draft = new DocxBriefingWriter().write(asDraft(PrintedIssues.regular(8, 400)));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft))) {
            assertEquals(2, doc.getHeaderList().size());
            doc.getHeaderList()
                    .forEach(h ->
                            assertEquals(PrintedIssue.DRAFT_MARK, h.getText().strip()));
        }
        byte[] published = new DocxBriefingWriter().write(PrintedIssues.regular(8, 400));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(published));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertFalse(text.getText().contains("草稿"));
        }
    }
}
