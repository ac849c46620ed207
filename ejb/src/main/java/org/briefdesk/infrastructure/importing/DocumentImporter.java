package org.briefdesk.infrastructure.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * Reads the title and body out of a Word (.docx, .doc), PDF or text file (导入Word/PDF), and checks
 * that such a document opens at all before it is kept as an attachment. The kind is taken from the
 * content; damaged, encrypted and zip-bomb files are refused with a message instead of an error page.
 */
@ApplicationScoped
public class DocumentImporter implements DocumentReader {

    static final String BAD_WORD = "文件已损坏或不是有效的Word文档";
    static final String BAD_PDF = "文件已损坏或不是有效的PDF文件";

    static {
        // A .docx is a ZIP: refuse entries that inflate more than 100-fold or beyond 50 MB, so a
        // small upload cannot fill the server's memory. POI keeps these limits JVM-wide.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
    }

    /** The text of {@code bytes} as the item form's title and body. */
    @Override
    public ImportedText read(byte[] bytes) {
        Attachment.requireSize(bytes);
        AttachmentKind kind = AttachmentKind.detect(bytes);
        List<Paragraph> paragraphs = switch (kind) {
            case DOCX -> WordReader.docx(bytes);
            case DOC -> WordReader.doc(bytes);
            case PDF -> pdf(bytes);
            case TXT -> Paragraph.plainLines(new String(bytes, StandardCharsets.UTF_8));
            case PNG, JPEG, GIF -> throw new BusinessRuleViolation("file", "只能从Word、PDF或纯文本文件导入，图片请作为附件上传");
        };
        return compose(paragraphs, kind == AttachmentKind.PDF);
    }

    /** Opens a document that is to be kept as an attachment; images and text need no opening. */
    @Override
    public void requireReadable(byte[] bytes, AttachmentKind kind) {
        switch (kind) {
            case DOCX -> WordReader.docx(bytes);
            case DOC -> WordReader.doc(bytes);
            case PDF -> pdf(bytes);
            default -> {
                // detected by content already; nothing inside to open
            }
        }
    }

    private static List<Paragraph> pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (!pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new BusinessRuleViolation("file", "PDF文件设置了禁止复制文字，请上传未加密的文件");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n\n");
            return Paragraph.blankLineSeparated(stripper.getText(pdf));
        } catch (InvalidPasswordException e) {
            throw new BusinessRuleViolation("file", "PDF文件已加密，请先解除密码保护再上传");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleViolation b) {
                throw b;
            }
            throw new BusinessRuleViolation("file", BAD_PDF);
        }
    }

    /** The Title-styled paragraph, or else the first one, is the title; the rest is the body. */
    private static ImportedText compose(List<Paragraph> paragraphs, boolean pdf) {
        if (paragraphs.isEmpty()) {
            throw new BusinessRuleViolation("file", pdf ? "PDF中没有可导入的文字（可能是扫描件），请直接填写正文" : "文件中没有可导入的文字");
        }
        Paragraph title = paragraphs.stream()
                .filter(p -> p.style() == Paragraph.Style.TITLE)
                .findFirst()
                .orElse(paragraphs.get(0));
        StringBuilder html = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (p != title) {
                html.append(p.html());
            }
        }
        String titleText = title.text();
        if (titleText.codePointCount(0, titleText.length()) > Item.TITLE_MAX) {
            titleText = titleText.substring(0, titleText.offsetByCodePoints(0, Item.TITLE_MAX));
        }
        if (html.isEmpty()) {
            return new ImportedText(titleText, "");
        }
        RichText body = RichText.ofHtml(html.toString());
        return new ImportedText(titleText, body.getHtml());
    }

    /** POI's readers, kept apart because each throws its own family of exceptions on damaged files. */
    static final class WordReader {

        private WordReader() {}

        static List<Paragraph> docx(byte[] bytes) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                return Paragraph.ofDocx(doc);
            } catch (IOException | RuntimeException e) {
                throw new BusinessRuleViolation("file", BAD_WORD);
            }
        }

        static List<Paragraph> doc(byte[] bytes) {
            try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
                Range range = doc.getRange();
                return Paragraph.ofDoc(doc, range);
            } catch (IOException | RuntimeException e) {
                throw new BusinessRuleViolation("file", BAD_WORD);
            }
        }
    }
}
