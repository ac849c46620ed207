package org.briefdesk.infrastructure.export;

import static org.briefdesk.infrastructure.export.DocxFormat.paragraph;
import static org.briefdesk.infrastructure.export.DocxFormat.run;
import static org.briefdesk.infrastructure.export.DocxFormat.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * Writes a printed issue as a Word file (.docx) in the official briefing layout, naming the fonts
 * Chinese offices have (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) so the leaders' machines show
 * them and the editors can still change the text. Stateless and thread-safe.
 */
public class DocxBriefingWriter {

    public byte[] write(PrintedIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            write(issue, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(PrintedIssue issue, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Rendering(issue, doc).render();
            doc.write(out);
        }
    }

    /** The state of one document being written. */
    private static final class Rendering {

        private final PrintedIssue issue;
        private final BriefingLayout layout;
        private final XWPFDocument doc;
        private final double pitch;
        private final double body;

        Rendering(PrintedIssue issue, XWPFDocument doc) {
            this.issue = issue;
            this.layout = issue.layout();
            this.doc = doc;
            this.pitch = layout.linePitchPt();
            this.body = layout.bodySizePt();
        }

        void render() {
            DocxFormat.defaults(doc, layout);
            DocxFormat.pageSetUp(doc, layout);
            DocxFormat.pageNumbers(doc, layout);
            if (issue.draft()) {
                DocxFormat.draftMark(doc, layout);
            }
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(BriefingText.clean(issue.briefingName()) + " "
                    + BriefingText.numberLine(issue.number(), issue.totalNumber()));
            core.setCreator("简报台 Briefdesk");
            header();
            editorNote();
            sections();
            endBlock();
        }

        private void header() {
            double info = layout.headerSizePt();
            if (present(issue.classification()) || present(issue.copyNumber())) {
                XWPFParagraph p = paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, pitch);
                DocxFormat.rightTab(p, layout.textWidthPt());
                run(p, issue.classification(), FontRole.HEI, info);
                run(p, null, FontRole.SONG, info).addTab();
                run(p, issue.copyNumber(), FontRole.SONG, info);
            }
            String name = BriefingText.clean(issue.briefingName()).strip();
            double titleSize = BriefingText.fittedSize(
                    layout.titleSizePt(),
                    Math.min(26, layout.titleSizePt()),
                    layout.textWidthPt(),
                    BriefingText.estimatedEms(name));
            XWPFParagraph title = paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, titleSize * 1.3);
            title.setSpacingBefore(twips(pitch * 0.5).intValue());
            run(title, name, FontRole.TITLE, titleSize).setColor(layout.redHex());
            if (present(issue.kindLabel())) {
                double size = layout.kindLabelSizePt();
                XWPFParagraph kind =
                        paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, Math.max(pitch, size * 1.4));
                run(kind, issue.kindLabel().strip(), FontRole.TITLE, size).setColor(layout.redHex());
            }
            XWPFParagraph number = paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, pitch * 1.5);
            run(number, BriefingText.numberLine(issue.number(), issue.totalNumber()), FontRole.FANG, info);
            if (present(issue.signer())) {
                XWPFParagraph signer = paragraph(doc.createParagraph(), ParagraphAlignment.RIGHT, pitch);
                run(signer, "签发人：", FontRole.FANG, info);
                run(signer, issue.signer().strip(), FontRole.KAI, info);
            }
            XWPFParagraph unitAndDate = paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, pitch * 1.5);
            DocxFormat.rightTab(unitAndDate, layout.textWidthPt());
            run(unitAndDate, issue.issuingUnit(), FontRole.FANG, info);
            run(unitAndDate, null, FontRole.FANG, info).addTab();
            run(unitAndDate, BriefingText.date(issue.date()), FontRole.FANG, info);
            DocxFormat.ruleBelow(unitAndDate, layout.redHex(), layout.headerRuleWidthMm(), layout.headerRuleGapMm());
            unitAndDate.setSpacingAfter(twips(pitch * 0.5).intValue());
        }

        private void editorNote() {
            List<BodyBlocks.Block> blocks = BodyBlocks.parse(issue.editorNoteHtml());
            for (int i = 0; i < blocks.size(); i++) {
                XWPFParagraph p = bodyParagraph();
                if (i == 0) {
                    bodyRun(p, "编者按：", FontRole.HEI);
                }
                for (BodyBlocks.Span span : blocks.get(i).spans()) {
                    styled(p, span, FontRole.KAI);
                }
            }
        }

        private void sections() {
            boolean special = issue.isSingleEntrySpecial();
            for (PrintedSection section : issue.printedSections()) {
                if (present(section.columnName())) {
                    XWPFParagraph heading = paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, pitch);
                    heading.setSpacingBefore(twips(pitch * 0.5).intValue());
                    run(heading, BriefingText.columnHeading(section.columnName()), FontRole.HEI, body);
                }
                for (PrintedEntry entry : section.entries()) {
                    entry(entry, special);
                }
            }
        }

        private void entry(PrintedEntry entry, boolean special) {
            double size = special ? layout.specialHeadlineSizePt() : layout.headlineSizePt();
            XWPFParagraph headline =
                    paragraph(doc.createParagraph(), ParagraphAlignment.CENTER, Math.max(pitch, size * 1.45));
            headline.setSpacingBefore(twips(pitch * 0.5).intValue());
            XWPFRun h = run(headline, entry.headline().strip(), FontRole.TITLE, size);
            h.setBold(!special);
            List<BodyBlocks.Block> blocks = BodyBlocks.parse(entry.bodyHtml());
            String units = BriefingText.sourceUnits(entry.sourceUnits());
            XWPFParagraph last = null;
            for (BodyBlocks.Block block : blocks) {
                FontRole headingFace = switch (block.level()) {
                    case HEADING_1 -> FontRole.HEI;
                    case HEADING_2 -> FontRole.KAI;
                    case BODY -> FontRole.FANG;
                };
                last = bodyParagraph();
                for (BodyBlocks.Span span : block.spans()) {
                    styled(last, span, span.heading() ? headingFace : FontRole.FANG);
                }
            }
            if (!units.isEmpty()) {
                bodyRun(last == null ? bodyParagraph() : last, units, FontRole.FANG);
            }
            if (!entry.table().isEmpty()) {
                table(entry.table());
            }
        }

        private void table(List<List<String>> rows) {
            int columns = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
            double size = layout.tableSizePt();
            XWPFTable table = doc.createTable(rows.size(), columns);
            table.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns; c++) {
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    XWPFParagraph p = paragraph(
                            cell.getParagraphs().get(0),
                            c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
                            size * 1.4);
                    run(p, text, r == 0 ? FontRole.HEI : FontRole.FANG, size);
                }
            }
            DocxFormat.grid(table, BriefingText.columnWeights(rows), layout.textWidthPt());
            // A row moves to the next page whole: a unit's line is never cut in two.
            table.getRows().forEach(row -> row.setCantSplitRow(true));
            table.getRow(0).setRepeatHeader(true);
            // Word needs a paragraph between a table and whatever follows it.
            paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, pitch * 0.5);
        }

        /**
         * The 版记: a table between full-width rules, anchored to the bottom margin of the last
         * page (a floating table, so it stays at the bottom however long the body is).
         */
        private void endBlock() {
            List<BriefingText.EndLine> lines = BriefingText.endLines(issue.endBlock());
            double size = layout.endBlockSizePt();
            XWPFTable table = doc.createTable(lines.size(), 1);
            DocxFormat.grid(table, new float[] {1}, layout.textWidthPt());
            int outer = (int) Math.max(2, Math.round(BriefingLayout.pt(layout.endRuleOuterMm()) * 8));
            int inner = (int) Math.max(2, Math.round(BriefingLayout.pt(layout.endRuleInnerMm()) * 8));
            table.setTopBorder(XWPFBorderType.SINGLE, outer, 0, "000000");
            table.setBottomBorder(XWPFBorderType.SINGLE, outer, 0, "000000");
            table.setInsideHBorder(XWPFBorderType.SINGLE, inner, 0, "000000");
            table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setCellMargins(
                    twips(size * 0.15).intValue(), 0, twips(size * 0.15).intValue(), 0);
            CTTblPPr position = table.getCTTbl().getTblPr().addNewTblpPr();
            // Placed from the page's left edge at the binding margin, and at an absolute distance
            // from the top margin rather than "bottom": LibreOffice keeps a full-width table
            // positioned from the margin, or aligned to the bottom, in the flow of the text, after it.
            position.setVertAnchor(STVAnchor.MARGIN);
            position.setHorzAnchor(STHAnchor.PAGE);
            double rowPt = size * 1.5 + 2 * size * 0.15;
            double rulesPt = 2 * BriefingLayout.pt(layout.endRuleOuterMm())
                    + (lines.size() - 1) * BriefingLayout.pt(layout.endRuleInnerMm());
            position.setTblpY(twips(layout.textHeightPt() - lines.size() * rowPt - rulesPt));
            position.setTblpX(twips(BriefingLayout.pt(layout.leftMarginMm())));
            table.getRows().forEach(row -> row.setHeight(twips(rowPt).intValue()));
            for (int i = 0; i < lines.size(); i++) {
                BriefingText.EndLine line = lines.get(i);
                int label = line.text().indexOf('：') + 1;
                XWPFParagraph p = paragraph(
                        table.getRow(i).getCell(0).getParagraphs().get(0), ParagraphAlignment.LEFT, size * 1.5);
                p.setIndentationLeft(twips(size * (1 + label)).intValue());
                p.setIndentationHanging(twips(size * label).intValue());
                p.setIndentationRight(twips(size).intValue());
                run(p, line.text(), FontRole.FANG, size);
                if (line.printCount() != null) {
                    DocxFormat.rightTab(p, layout.textWidthPt() - size);
                    run(p, null, FontRole.FANG, size).addTab();
                    run(p, line.printCount(), FontRole.FANG, size);
                }
            }
            // The paragraph the floating table is anchored to; it takes no room of its own.
            XWPFParagraph anchor = paragraph(doc.createParagraph(), ParagraphAlignment.LEFT, 1);
            run(anchor, null, FontRole.FANG, 1);
        }

        private XWPFParagraph bodyParagraph() {
            XWPFParagraph p = paragraph(doc.createParagraph(), ParagraphAlignment.BOTH, pitch);
            DocxFormat.firstLineIndent(p, layout, 2);
            return p;
        }

        private void styled(XWPFParagraph p, BodyBlocks.Span span, FontRole role) {
            XWPFRun r = bodyRun(p, span.text(), role);
            if (span.bold()) {
                r.setBold(true);
            }
            if (span.underline()) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
        }

        private XWPFRun bodyRun(XWPFParagraph p, String text, FontRole role) {
            XWPFRun r = run(p, text, role, body);
            DocxFormat.gridSpacing(r, layout);
            return r;
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
