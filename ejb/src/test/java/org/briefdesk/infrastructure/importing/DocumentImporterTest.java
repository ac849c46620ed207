package org.briefdesk.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class DocumentImporterTest {

    private final DocumentImporter importer = new DocumentImporter();

    private String refusal(byte[] bytes) {
        return assertThrows(BusinessRuleViolation.class, () -> importer.read(bytes))
                .getMessage();
    }

    @Test
    void wordTitleAndParagraphsKeepBoldAndHeadings() throws IOException {
        byte[] docx = docx(doc -> {
            paragraph(doc, "海淀街道开展垃圾分类入户宣传活动", false, null);
            paragraph(doc, "一、基本情况", false, "Heading2");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("11月18日，街道组织志愿者深入");
            XWPFRun bold = p.createRun();
            bold.setText("12个社区");
            bold.setBold(true);
            p.createRun().setText("开展入户宣传。");
            paragraph(doc, "   ", false, null);
            paragraph(doc, "共发放宣传材料3000余份。", false, null);
        });
        ImportedText text = importer.read(docx);
        assertEquals("海淀街道开展垃圾分类入户宣传活动", text.title());
        assertEquals(
                "<h3>一、基本情况</h3><p>11月18日，街道组织志愿者深入<b>12个社区</b>开展入户宣传。</p><p>共发放宣传材料3000余份。</p>",
                text.bodyHtml().replace("\n", ""));
    }

    @Test
    void aTitleStyledParagraphIsTheTitleWhereverItStands() throws IOException {
        byte[] docx = docx(doc -> {
            paragraph(doc, "海淀街道信息（第12期）", false, null);
            paragraph(doc, "学院路街道举办文明交通劝导志愿服务", false, "Title");
            paragraph(doc, "志愿者在路口开展文明交通劝导。", false, null);
        });
        ImportedText text = importer.read(docx);
        assertEquals("学院路街道举办文明交通劝导志愿服务", text.title());
        assertTrue(text.bodyHtml().contains("海淀街道信息（第12期）"));
    }

    @Test
    void scriptInAWordFileIsNotCarriedIntoTheBody() throws IOException {
        byte[] docx = docx(doc -> {
            paragraph(doc, "社区议事会召开", false, null);
            paragraph(doc, "<script>alert('x')</script>居民代表发言。", false, null);
        });
        String body = importer.read(docx).bodyHtml();
        assertTrue(body.contains("居民代表发言"));
        assertTrue(!body.contains("<script"), body);
    }

    @Test
    void aZipBombDocxIsRefusedQuickly() throws IOException {
        byte[] bomb = zipBomb();
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb itself is small: " + bomb.length);
        assertEquals(AttachmentKind.DOCX, AttachmentKind.detect(bomb));
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bomb));
        assertEquals("文件已损坏或不是有效的Word文档", message);
    }

    @Test
    void aProgramRenamedToDocxIsRefused() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertTrue(refusal(exe).startsWith("不支持的文件类型"));
    }

    @Test
    void aTruncatedDocxIsRefused() throws IOException {
        byte[] docx = docx(doc -> paragraph(doc, "街道召开创城工作推进会", false, null));
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertEquals("文件已损坏或不是有效的Word文档", refusal(truncated));
    }

    @Test
    void anOle2FileThatIsNoWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(InputStream.nullInputStream(), "Workbook");
            fs.writeFilesystem(out);
        }
        assertEquals(AttachmentKind.DOC, AttachmentKind.detect(out.toByteArray()));
        assertEquals("文件已损坏或不是有效的Word文档", refusal(out.toByteArray()));
    }

    @Test
    void pdfParagraphsAreSeparatedByBlankLines() throws IOException {
        byte[] pdf = pdf(
                null,
                "Haidian volunteers clean parks",
                "",
                "On 18 November 300 volunteers",
                "cleaned 12 parks.",
                "",
                "Residents joined them.");
        ImportedText text = importer.read(pdf);
        assertEquals("Haidian volunteers clean parks", text.title());
        assertEquals(
                "<p>On 18 November 300 volunteers cleaned 12 parks.</p><p>Residents joined them.</p>",
                text.bodyHtml().replace("\n", ""));
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] pdf = pdf("secret", "Confidential", "", "Text");
        assertEquals("PDF文件已加密，请先解除密码保护再上传", refusal(pdf));
    }

    @Test
    void aPdfWithoutTextIsRefusedWithAHint() throws IOException {
        byte[] pdf = pdf(null);
        assertEquals("PDF中没有可导入的文字（可能是扫描件），请直接填写正文", refusal(pdf));
    }

    @Test
    void plainTextBecomesTitleAndParagraphs() {
        byte[] txt = "\uFEFF海淀街道开展垃圾分类宣传\n\n志愿者入户宣传。\r\n共发放材料3000份。".getBytes(StandardCharsets.UTF_8);
        ImportedText text = importer.read(txt);
        assertEquals("海淀街道开展垃圾分类宣传", text.title());
        assertEquals("<p>志愿者入户宣传。</p><p>共发放材料3000份。</p>", text.bodyHtml().replace("\n", ""));
    }

    @Test
    void controlAndDirectionCharactersInAnImportedFileAreDroppedNotRefused() {
        byte[] txt = "海淀街道\u0007开展\u202E垃圾分类宣传\n志愿者\u001B入户宣传。".getBytes(StandardCharsets.UTF_8);
        ImportedText text = importer.read(txt);
        assertEquals("海淀街道开展垃圾分类宣传", text.title());
        assertEquals("<p>志愿者 入户宣传。</p>", text.bodyHtml().replace("\n", ""));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] gbk = "海淀街道开展垃圾分类宣传".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertTrue(refusal(gbk).startsWith("不支持的文件类型"));
    }

    @Test
    void imagesCannotBeImported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertEquals("只能从Word、PDF或纯文本文件导入，图片请作为附件上传", refusal(png));
    }

    @Test
    void filesOverTenMegabytesAreRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        assertEquals("文件不能超过10MB", refusal(big));
    }

    private interface DocWriter {
        void write(XWPFDocument doc);
    }

    private static byte[] docx(DocWriter writer) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
    }

    /** A real .docx whose word/document.xml is replaced by 200 MB of spaces, streamed so the test stays small. */
    private static byte[] zipBomb() throws IOException {
        byte[] real = docx(doc -> paragraph(doc, "正常内容", false, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(real));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(spaces);
                    }
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] pdf(String password, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            content.newLineAtOffset(0, -24);
                        } else {
                            content.showText(line);
                            content.newLine();
                        }
                    }
                    content.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
