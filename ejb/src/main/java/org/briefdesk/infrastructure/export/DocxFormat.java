package org.briefdesk.infrastructure.export;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The WordprocessingML details of the briefing layout that POI has no friendly API for: page
 * set-up and line grid, fonts named for every script (Word and WPS take Chinese text's font from
 * w:eastAsia only), exact line spacing, tab stops, rules and the PAGE field in odd/even footers.
 */
final class DocxFormat {

    static final double TWIPS_PER_MM = 1440 / 25.4;

    private DocxFormat() {}

    static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    static BigInteger twipsOfMm(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    /**
     * A4 and the margins. The grid of GB/T 9704 (22 lines × 28 characters with the defaults) comes from
     * the body's exact line height and condensed body runs ({@link #gridSpacing}), not from Word's
     * document grid: LibreOffice snaps each 16 pt character of a 15.8 pt character grid to two cells.
     */
    static void pageSetUp(XWPFDocument doc, BriefingLayout layout) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twipsOfMm(BriefingLayout.PAGE_WIDTH_MM));
        size.setH(twipsOfMm(BriefingLayout.PAGE_HEIGHT_MM));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twipsOfMm(layout.topMarginMm()));
        margins.setBottom(twipsOfMm(layout.bottomMarginMm()));
        margins.setLeft(twipsOfMm(layout.leftMarginMm()));
        margins.setRight(twipsOfMm(layout.rightMarginMm()));
        margins.setHeader(twipsOfMm(15));
        // Word keeps the footer's last line this far above the paper's edge; the number's top then
        // lands pageNumberGapMm below the text block.
        double numberLineMm = layout.pageNumberSizePt() * 1.2 / BriefingLayout.POINTS_PER_MM;
        margins.setFooter(twipsOfMm(layout.bottomMarginMm() - layout.pageNumberGapMm() - numberLineMm));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        // Every paragraph has an exact line height, the body's being the grid's pitch, which gives the 22
        // lines; a document grid on top would make LibreOffice snap larger lines to two grid lines.
        grid.setType(STDocGrid.DEFAULT);
        grid.setLinePitch(BigInteger.valueOf((long) Math.floor(layout.linePitchPt() * 20)));
    }

    /**
     * Condenses (or expands) a body run so its characters take the grid's pitch: 3号 characters
     * condensed by 0.25 pt give 28 a line, as in Word's standard document template.
     */
    static void gridSpacing(XWPFRun r, BriefingLayout layout) {
        int twentieths = (int) Math.floor((layout.charPitchPt() - layout.bodySizePt()) * 20);
        if (twentieths != 0) {
            r.setCharacterSpacing(twentieths);
        }
    }

    /** Body text is the default: 仿宋 in the body size, Chinese (PRC) for line breaking and proofing. */
    static void defaults(XWPFDocument doc, BriefingLayout layout) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        name(run.addNewRFonts(), FontRole.FANG);
        run.addNewSz().setVal(twips(layout.bodySizePt()).divide(BigInteger.TEN));
        run.addNewSzCs().setVal(twips(layout.bodySizePt()).divide(BigInteger.TEN));
        run.addNewLang().setEastAsia("zh-CN");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.ZERO);
        // No automatic space between Chinese and Latin text or digits: 第48期, 2026年11月27日 stay
        // as typeset (and as in the PDF), and the 编发单位 line keeps its width.
        paragraph.addNewAutoSpaceDE().setVal(Boolean.FALSE);
        paragraph.addNewAutoSpaceDN().setVal(Boolean.FALSE);
        // LibreOffice takes the grid's base character size from the default paragraph style, not docDefaults.
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        CTRPr normalRun = normal.addNewRPr();
        name(normalRun.addNewRFonts(), FontRole.FANG);
        normalRun.addNewSz().setVal(twips(layout.bodySizePt()).divide(BigInteger.TEN));
        normalRun.addNewSzCs().setVal(twips(layout.bodySizePt()).divide(BigInteger.TEN));
        doc.createStyles().setStyles(styles);
    }

    static XWPFRun run(XWPFParagraph p, String text, FontRole role, double sizePt) {
        XWPFRun r = p.createRun();
        style(r, role, sizePt);
        if (text != null && !text.isEmpty()) {
            r.setText(BriefingText.clean(text));
        }
        return r;
    }

    /** Names the font for all four scripts of the run, so neither Word nor WPS falls back to another. */
    static void style(XWPFRun r, FontRole role, double sizePt) {
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        name(rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts(), role);
        r.setFontSize(sizePt);
    }

    private static void name(CTFonts fonts, FontRole role) {
        fonts.setAscii(role.officeName());
        fonts.setHAnsi(role.officeName());
        fonts.setEastAsia(role.officeName());
        fonts.setCs(role.officeName());
    }

    static XWPFParagraph paragraph(XWPFParagraph p, ParagraphAlignment alignment, double linePt) {
        p.setAlignment(alignment);
        // In whole twips, rounded down: 22 lines of 580 twips overflow the 225 mm text block.
        p.setSpacingBetween(Math.floor(linePt * 20) / 20, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    static void firstLineIndent(XWPFParagraph p, BriefingLayout layout, int chars) {
        p.setIndentationFirstLine(twips(layout.charPitchPt() * chars).intValue());
        p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(chars * 100L));
    }

    /** A right-aligned tab stop, for text pushed to the right end of a line. */
    static void rightTab(XWPFParagraph p, double positionPt) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(twips(positionPt));
    }

    /** A rule under the paragraph, {@code gapMm} below its text, as wide as the text block. */
    static void ruleBelow(XWPFParagraph p, String colour, double widthMm, double gapMm) {
        p.setBorderBottom(Borders.SINGLE);
        CTBorder border = p.getCTP().getPPr().getPBdr().getBottom();
        border.setColor(colour);
        long eighths = Math.round(BriefingLayout.pt(widthMm) * 8);
        border.setSz(BigInteger.valueOf(Math.max(2, Math.min(96, eighths))));
        border.setSpace(BigInteger.valueOf(Math.min(31, Math.round(BriefingLayout.pt(gapMm)))));
    }

    /**
     * Footers with "— PAGE —": odd pages at the right, even pages at the left, one character in
     * from the edge of the text block, in 宋体 digits.
     */
    /**
     * Gives a table its grid (w:tblGrid, which the schema requires and Word and LibreOffice lay the
     * columns out by) in {@code weights} shares of {@code widthPt}, the same widths on every cell,
     * and a fixed layout so the word processor does not re-balance them.
     */
    static void grid(XWPFTable table, float[] weights, double widthPt) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        long[] twips = new long[weights.length];
        for (int c = 0; c < weights.length; c++) {
            twips[c] = twips(widthPt * weights[c] / sum).longValue();
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
        }
        table.setTableAlignment(TableRowAlign.LEFT);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(twips).sum()));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < twips.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(twips[c]));
            }
        }
    }

    /** A draft's 草稿 mark at the top right of every page (odd and even headers). */
    static void draftMark(XWPFDocument doc, BriefingLayout layout) {
        for (HeaderFooterType type : new HeaderFooterType[] {HeaderFooterType.DEFAULT, HeaderFooterType.EVEN}) {
            XWPFHeader header = doc.createHeader(type);
            XWPFParagraph p = header.getParagraphs().isEmpty()
                    ? header.createParagraph()
                    : header.getParagraphs().get(0);
            paragraph(p, ParagraphAlignment.RIGHT, layout.headerSizePt() * 1.2);
            run(p, PrintedIssue.DRAFT_MARK, FontRole.HEI, layout.headerSizePt()).setColor(layout.redHex());
        }
    }

    static void pageNumbers(XWPFDocument doc, BriefingLayout layout) {
        doc.setEvenAndOddHeadings(true);
        pageNumberFooter(doc.createFooter(HeaderFooterType.DEFAULT), layout, true);
        pageNumberFooter(doc.createFooter(HeaderFooterType.EVEN), layout, false);
    }

    private static void pageNumberFooter(XWPFFooter footer, BriefingLayout layout, boolean odd) {
        double size = layout.pageNumberSizePt();
        XWPFParagraph p = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        paragraph(p, odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, size * 1.2);
        if (odd) {
            p.setIndentationRight(twips(size).intValue());
        } else {
            p.setIndentationLeft(twips(size).intValue());
        }
        run(p, "— ", FontRole.SONG, size);
        run(p, null, FontRole.SONG, size).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(p, null, FontRole.SONG, size).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        run(p, null, FontRole.SONG, size).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", FontRole.SONG, size);
        run(p, null, FontRole.SONG, size).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", FontRole.SONG, size);
    }
}
