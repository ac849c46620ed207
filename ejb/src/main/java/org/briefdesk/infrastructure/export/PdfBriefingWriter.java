package org.briefdesk.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a printed issue as a PDF in the official briefing layout (see {@link BriefingLayout}),
 * embedding subsets of the free fonts of {@link BriefingFonts}. Stateless and thread-safe: one
 * instance serves all exports.
 */
public class PdfBriefingWriter {

    private final Supplier<BriefingFonts> fonts;

    /**
     * Uses the fonts of the configured font directory, looked up at the first export: a missing
     * font fails that export with {@link FontsUnavailable}, not the construction of the writer.
     */
    public PdfBriefingWriter() {
        this.fonts = BriefingFonts::configured;
    }

    public PdfBriefingWriter(BriefingFonts fonts) {
        this.fonts = () -> fonts;
    }

    /** @throws FontsUnavailable when the font directory holds no usable Chinese font */
    public byte[] write(PrintedIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        new Rendering(issue, fonts.get()).write(out);
        return out.toByteArray();
    }

    /** @throws FontsUnavailable when the font directory holds no usable Chinese font */
    public void write(PrintedIssue issue, OutputStream out) throws IOException {
        Rendering rendering = new Rendering(issue, fonts.get());
        try {
            rendering.write(out);
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The state of one document being written. */
    private final class Rendering {

        private final PrintedIssue issue;
        private final BriefingFonts fonts;
        private final BriefingLayout layout;
        private final float pitch;
        private final float body;
        private final Color red;
        private Document doc;
        private PdfWriter writer;

        Rendering(PrintedIssue issue, BriefingFonts fonts) {
            this.issue = issue;
            this.fonts = fonts;
            this.layout = issue.layout();
            this.pitch = (float) layout.linePitchPt();
            this.body = (float) layout.bodySizePt();
            this.red = new Color(layout.redRgb());
        }

        void write(OutputStream out) {
            // Exactly 210 × 297 mm: OpenPDF's PageSize.A4 is rounded to 595 pt, which loses the 28th character.
            Rectangle a4 = new Rectangle(mm(BriefingLayout.PAGE_WIDTH_MM), mm(BriefingLayout.PAGE_HEIGHT_MM));
            doc = new Document(
                    a4,
                    mm(layout.leftMarginMm()),
                    mm(layout.rightMarginMm()),
                    mm(layout.topMarginMm()),
                    mm(layout.bottomMarginMm()));
            try {
                writer = PdfWriter.getInstance(doc, out);
                writer.setFullCompression();
                writer.setPageEvent(new PdfPageNumbers(layout, fonts.font(FontRole.SONG)));
                if (issue.draft()) {
                    writer.setPageEvent(new PdfDraftMark(fonts.font(FontRole.HEI), red, (float) layout.headerSizePt()));
                }
                doc.addTitle(BriefingText.clean(issue.briefingName()) + " "
                        + BriefingText.numberLine(issue.number(), issue.totalNumber()));
                doc.addCreator("简报台 Briefdesk");
                doc.open();
                header();
                editorNote();
                sections();
                endBlock();
                doc.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("生成PDF失败：" + e.getMessage(), e);
            }
        }

        private void header() throws DocumentException {
            float info = (float) layout.headerSizePt();
            if (present(issue.classification()) || present(issue.copyNumber())) {
                Paragraph p = paragraph(pitch, Element.ALIGN_LEFT);
                p.add(chunk(issue.classification(), font(FontRole.HEI, info)));
                p.add(glue(font(FontRole.SONG, info)));
                p.add(chunk(issue.copyNumber(), font(FontRole.SONG, info)));
                doc.add(p);
            }
            String name = BriefingText.clean(issue.briefingName()).strip();
            BaseFont titleFace = fonts.font(FontRole.TITLE);
            float titleSize = (float) BriefingText.fittedSize(
                    layout.titleSizePt(),
                    Math.min(26, layout.titleSizePt()),
                    layout.textWidthPt(),
                    titleFace.getWidthPoint(name, 1));
            Paragraph title = paragraph(titleSize * 1.3f, Element.ALIGN_CENTER);
            title.setSpacingBefore(pitch * 0.5f);
            title.add(chunk(name, font(FontRole.TITLE, titleSize, red)));
            doc.add(title);
            if (present(issue.kindLabel())) {
                float size = (float) layout.kindLabelSizePt();
                Paragraph kind = paragraph(Math.max(pitch, size * 1.4f), Element.ALIGN_CENTER);
                kind.add(chunk(issue.kindLabel().strip(), font(FontRole.TITLE, size, red)));
                doc.add(kind);
            }
            Paragraph number = paragraph(pitch * 1.5f, Element.ALIGN_CENTER);
            number.add(chunk(BriefingText.numberLine(issue.number(), issue.totalNumber()), font(FontRole.FANG, info)));
            doc.add(number);
            if (present(issue.signer())) {
                Paragraph signer = paragraph(pitch, Element.ALIGN_RIGHT);
                signer.add(chunk("签发人：", font(FontRole.FANG, info)));
                signer.add(chunk(issue.signer().strip(), font(FontRole.KAI, info)));
                doc.add(signer);
            }
            Paragraph unitAndDate = paragraph(pitch * 1.5f, Element.ALIGN_LEFT);
            unitAndDate.add(chunk(issue.issuingUnit(), font(FontRole.FANG, info)));
            unitAndDate.add(glue(font(FontRole.FANG, info)));
            unitAndDate.add(chunk(BriefingText.date(issue.date()), font(FontRole.FANG, info)));
            doc.add(unitAndDate);
            // The rule sits on the baseline of a line whose leading is the gap below the text.
            float descent = -fonts.font(FontRole.FANG).getFontDescriptor(BaseFont.DESCENT, info);
            Paragraph rule = paragraph(descent + mm(layout.headerRuleGapMm()), Element.ALIGN_LEFT);
            Chunk line =
                    new Chunk(new LineSeparator(mm(layout.headerRuleWidthMm()), 100, red, Element.ALIGN_CENTER, 0));
            line.setFont(font(FontRole.FANG, info));
            rule.add(line);
            rule.setSpacingAfter(pitch * 0.5f);
            doc.add(rule);
        }

        private void editorNote() throws DocumentException {
            List<BodyBlocks.Block> blocks = BodyBlocks.parse(issue.editorNoteHtml());
            for (int i = 0; i < blocks.size(); i++) {
                Paragraph p = bodyParagraph();
                if (i == 0) {
                    p.add(chunk("编者按：", bodyFont(FontRole.HEI)));
                }
                for (BodyBlocks.Span span : blocks.get(i).spans()) {
                    p.add(styled(span, FontRole.KAI));
                }
                doc.add(p);
            }
        }

        private void sections() throws DocumentException {
            boolean special = issue.isSingleEntrySpecial();
            for (PrintedSection section : issue.printedSections()) {
                if (present(section.columnName())) {
                    Paragraph heading = paragraph(pitch, Element.ALIGN_LEFT);
                    heading.setSpacingBefore(pitch * 0.5f);
                    heading.add(chunk(BriefingText.columnHeading(section.columnName()), font(FontRole.HEI, body)));
                    doc.add(heading);
                }
                for (PrintedEntry entry : section.entries()) {
                    entry(entry, special);
                }
            }
        }

        private void entry(PrintedEntry entry, boolean special) throws DocumentException {
            float size = (float) (special ? layout.specialHeadlineSizePt() : layout.headlineSizePt());
            Paragraph headline = paragraph(Math.max(pitch, size * 1.45f), Element.ALIGN_CENTER);
            headline.setSpacingBefore(pitch * 0.5f);
            headline.add(chunk(entry.headline().strip(), font(FontRole.TITLE, size)));
            doc.add(headline);
            List<BodyBlocks.Block> blocks = BodyBlocks.parse(entry.bodyHtml());
            String units = BriefingText.sourceUnits(entry.sourceUnits());
            for (int i = 0; i < blocks.size(); i++) {
                BodyBlocks.Block block = blocks.get(i);
                FontRole headingFace = switch (block.level()) {
                    case HEADING_1 -> FontRole.HEI;
                    case HEADING_2 -> FontRole.KAI;
                    case BODY -> FontRole.FANG;
                };
                Paragraph p = bodyParagraph();
                for (BodyBlocks.Span span : block.spans()) {
                    p.add(styled(span, span.heading() ? headingFace : FontRole.FANG));
                }
                if (i == blocks.size() - 1 && !units.isEmpty()) {
                    p.add(chunk(units, bodyFont(FontRole.FANG)));
                }
                doc.add(p);
            }
            if (blocks.isEmpty() && !units.isEmpty()) {
                Paragraph p = bodyParagraph();
                p.add(chunk(units, bodyFont(FontRole.FANG)));
                doc.add(p);
            }
            if (!entry.table().isEmpty()) {
                doc.add(table(entry.table()));
            }
        }

        private PdfPTable table(List<List<String>> rows) {
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            float size = (float) layout.tableSizePt();
            PdfPTable table = new PdfPTable(BriefingText.columnWeights(rows));
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            // A row moves to the next page whole: a unit's line is never cut in two.
            table.setSplitRows(false);
            table.setSplitLate(true);
            table.setSpacingBefore(pitch * 0.25f);
            table.setSpacingAfter(pitch * 0.25f);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < columns; c++) {
                    String text = c < row.size() ? row.get(c) : "";
                    Paragraph p = paragraph(size * 1.4f, c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                    p.add(chunk(text, font(r == 0 ? FontRole.HEI : FontRole.FANG, size)));
                    PdfPCell cell = new PdfPCell();
                    cell.addElement(p);
                    cell.setPaddingTop(size * 0.1f);
                    cell.setPaddingBottom(size * 0.5f);
                    cell.setPaddingLeft(size * 0.4f);
                    cell.setPaddingRight(size * 0.4f);
                    cell.setBorderWidth(0.5f);
                    table.addCell(cell);
                }
            }
            return table;
        }

        /** The 版记 at the bottom of the last page, on a page of its own when the body leaves no room. */
        private void endBlock() throws DocumentException {
            List<BriefingText.EndLine> lines = BriefingText.endLines(issue.endBlock());
            float size = (float) layout.endBlockSizePt();
            PdfPTable table = new PdfPTable(1);
            table.setTotalWidth(doc.right() - doc.left());
            table.setLockedWidth(true);
            for (int i = 0; i < lines.size(); i++) {
                BriefingText.EndLine line = lines.get(i);
                String text = line.text();
                int label = text.indexOf('：') + 1;
                Paragraph p = paragraph(size * 1.5f, Element.ALIGN_LEFT);
                p.setIndentationLeft(size * (1 + label));
                p.setFirstLineIndent(-size * label);
                p.setIndentationRight(size);
                p.add(chunk(text, font(FontRole.FANG, size)));
                if (line.printCount() != null) {
                    p.add(glue(font(FontRole.FANG, size)));
                    p.add(chunk(line.printCount(), font(FontRole.FANG, size)));
                }
                PdfPCell cell = new PdfPCell();
                cell.addElement(p);
                cell.setBorder(Rectangle.BOTTOM | (i == 0 ? Rectangle.TOP : 0));
                cell.setBorderWidthTop(mm(layout.endRuleOuterMm()));
                cell.setBorderWidthBottom(
                        mm(i == lines.size() - 1 ? layout.endRuleOuterMm() : layout.endRuleInnerMm()));
                cell.setPaddingLeft(0);
                cell.setPaddingRight(0);
                cell.setPaddingTop(size * 0.1f);
                cell.setPaddingBottom(size * 0.5f);
                table.addCell(cell);
            }
            float height = table.getTotalHeight();
            if (height > doc.top() - doc.bottom()) {
                doc.add(table);
                return;
            }
            if (writer.getVerticalPosition(true) - pitch - height < doc.bottom()) {
                writer.setPageEmpty(false);
                doc.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            table.writeSelectedRows(0, -1, doc.left(), doc.bottom() + height, canvas);
        }

        private Paragraph bodyParagraph() {
            Paragraph p = paragraph(pitch, Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent((float) layout.charPitchPt() * 2);
            return p;
        }

        private Chunk styled(BodyBlocks.Span span, FontRole role) {
            Chunk c = chunk(span.text(), bodyFont(role));
            if (span.bold()) {
                // The Chinese faces have no bold cut: stroke the outlines, as Word does.
                c.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, body / 30, Color.BLACK);
            }
            if (span.underline()) {
                c.setUnderline(0.6f, -2.5f);
            }
            return c;
        }

        /**
         * Body text on the grid, so a full line holds exactly charsPerLine characters. Word condenses
         * 3号 characters by a quarter point for that; OpenPDF drops justification from a chunk with its
         * own character spacing, so here the body is set that hair smaller (15.8 instead of 16 pt).
         */
        private Font bodyFont(FontRole role) {
            return font(role, Math.min(body, (float) layout.charPitchPt()));
        }

        private Chunk chunk(String text, Font font) {
            Chunk c = new Chunk(BriefingText.clean(text), font);
            c.setSplitCharacter(CjkLineBreaking.INSTANCE);
            return c;
        }

        /** Pushes what follows to the right end of the line. */
        private static Chunk glue(Font font) {
            Chunk glue = new Chunk(new VerticalPositionMark());
            // Every chunk is written with a font; without one OpenPDF adds an unembedded Helvetica.
            glue.setFont(font);
            return glue;
        }

        private Font font(FontRole role, float size) {
            return new Font(fonts.font(role), size);
        }

        private Font font(FontRole role, float size, Color color) {
            return new Font(fonts.font(role), size, Font.NORMAL, color);
        }

        private Paragraph paragraph(float leading, int alignment) {
            Paragraph p = new Paragraph(leading);
            // Also a paragraph's own font can reach the page (for separators): make it an embedded one.
            p.setFont(font(FontRole.FANG, body));
            p.setAlignment(alignment);
            return p;
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }

        private static float mm(double mm) {
            return (float) BriefingLayout.pt(mm);
        }
    }
}
