package org.briefdesk.infrastructure.export;

import java.util.regex.Pattern;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The printed layout of a briefing title (版式): every number of the official briefing format
 * that an administrator may change. Lengths are millimetres, font sizes points. The defaults
 * ({@link #standard()}) follow GB/T 9704-2012 where it applies: A4, a 156 × 225 mm text block of
 * 22 lines × 28 characters in 3号 (16 pt), red Y80 M80.
 *
 * @param titleSizePt        the red title at most; a longer title shrinks to fit one line (down to 1号)
 * @param kindLabelSizePt    特刊 / 专刊 / 增刊 under the title
 * @param headerSizePt       密级, 份号, 第N期, 编发单位 and date
 * @param headlineSizePt     an entry's headline (3号)
 * @param specialHeadlineSizePt the headline of a single-entry special issue (2号)
 * @param headerRuleGapMm    from the 编发单位 line down to the red rule
 * @param pageNumberGapMm    from the bottom of the text block down to the page number
 */
public record BriefingLayout(
        double topMarginMm,
        double bottomMarginMm,
        double leftMarginMm,
        double rightMarginMm,
        int linesPerPage,
        int charsPerLine,
        double titleSizePt,
        double kindLabelSizePt,
        double headerSizePt,
        double headlineSizePt,
        double specialHeadlineSizePt,
        double bodySizePt,
        double tableSizePt,
        double endBlockSizePt,
        double pageNumberSizePt,
        String redColor,
        double headerRuleGapMm,
        double headerRuleWidthMm,
        double endRuleOuterMm,
        double endRuleInnerMm,
        double pageNumberGapMm) {

    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double POINTS_PER_MM = 72 / 25.4;

    private static final Pattern HEX_COLOUR = Pattern.compile("#?[0-9A-Fa-f]{6}");

    public BriefingLayout {
        margin("topMarginMm", "上边距", topMarginMm);
        margin("bottomMarginMm", "下边距", bottomMarginMm);
        margin("leftMarginMm", "左边距", leftMarginMm);
        margin("rightMarginMm", "右边距", rightMarginMm);
        if (PAGE_WIDTH_MM - leftMarginMm - rightMarginMm < 100) {
            throw new BusinessRuleViolation("leftMarginMm", "左右边距过大：版心宽度不能小于100毫米");
        }
        if (PAGE_HEIGHT_MM - topMarginMm - bottomMarginMm < 150) {
            throw new BusinessRuleViolation("topMarginMm", "上下边距过大：版心高度不能小于150毫米");
        }
        range("linesPerPage", "每页行数", linesPerPage, 10, 40, "行");
        range("charsPerLine", "每行字数", charsPerLine, 15, 40, "字");
        range("titleSizePt", "标题字号", titleSizePt, 16, 72, "磅");
        range("kindLabelSizePt", "特刊标识字号", kindLabelSizePt, 10, 48, "磅");
        range("headerSizePt", "期号及编发单位字号", headerSizePt, 9, 26, "磅");
        range("headlineSizePt", "条目标题字号", headlineSizePt, 9, 36, "磅");
        range("specialHeadlineSizePt", "特刊标题字号", specialHeadlineSizePt, 9, 42, "磅");
        range("bodySizePt", "正文字号", bodySizePt, 9, 26, "磅");
        range("tableSizePt", "表格字号", tableSizePt, 7, 22, "磅");
        range("endBlockSizePt", "版记字号", endBlockSizePt, 9, 22, "磅");
        range("pageNumberSizePt", "页码字号", pageNumberSizePt, 7, 22, "磅");
        if (redColor == null || !HEX_COLOUR.matcher(redColor.strip()).matches()) {
            throw new BusinessRuleViolation("redColor", "红色应写成六位十六进制颜色，例如 #E60012");
        }
        redColor = "#" + redColor.strip().replace("#", "").toUpperCase();
        range("headerRuleGapMm", "红线与编发单位行的距离", headerRuleGapMm, 0, 20, "毫米");
        range("headerRuleWidthMm", "红线粗细", headerRuleWidthMm, 0.1, 3, "毫米");
        range("endRuleOuterMm", "版记首末条线粗细", endRuleOuterMm, 0.1, 2, "毫米");
        range("endRuleInnerMm", "版记中间线粗细", endRuleInnerMm, 0.1, 2, "毫米");
        range("pageNumberGapMm", "页码与版心的距离", pageNumberGapMm, 0, bottomMarginMm - 8, "毫米");
        double charPitch = (PAGE_WIDTH_MM - leftMarginMm - rightMarginMm) * POINTS_PER_MM / charsPerLine;
        if (charPitch < bodySizePt * 0.85 || charPitch > bodySizePt * 1.6) {
            throw new BusinessRuleViolation(
                    "charsPerLine",
                    "每行字数与正文字号不匹配：每行" + charsPerLine + "字时每字宽约" + Math.round(charPitch) + "磅，正文字号为" + fmt(bodySizePt)
                            + "磅");
        }
        double linePitch = (PAGE_HEIGHT_MM - topMarginMm - bottomMarginMm) * POINTS_PER_MM / linesPerPage;
        if (linePitch < bodySizePt * 1.15) {
            throw new BusinessRuleViolation(
                    "linesPerPage", "每页行数过多：" + linesPerPage + "行时行距不足以容纳" + fmt(bodySizePt) + "磅的正文");
        }
    }

    /** The defaults of the official briefing format. */
    public static BriefingLayout standard() {
        return new BriefingLayout(
                37, 35, 28, 26, 22, 28, 36, 26, 16, 16, 22, 16, 12, 14, 14, "#E60012", 4, 0.75, 0.35, 0.25, 7);
    }

    public double textWidthPt() {
        return (PAGE_WIDTH_MM - leftMarginMm - rightMarginMm) * POINTS_PER_MM;
    }

    public double textHeightPt() {
        return (PAGE_HEIGHT_MM - topMarginMm - bottomMarginMm) * POINTS_PER_MM;
    }

    /** Distance between body baselines that gives exactly {@link #linesPerPage} lines (rounded down). */
    public double linePitchPt() {
        return Math.floor(textHeightPt() / linesPerPage * 100) / 100;
    }

    /** Width of one body character cell that gives exactly {@link #charsPerLine} characters a line. */
    public double charPitchPt() {
        return Math.floor(textWidthPt() / charsPerLine * 100) / 100;
    }

    /** The red as RRGGBB without '#', as Word writes it. */
    public String redHex() {
        return redColor.substring(1);
    }

    public int redRgb() {
        return Integer.parseInt(redHex(), 16);
    }

    public static double pt(double mm) {
        return mm * POINTS_PER_MM;
    }

    private static void margin(String field, String label, double mm) {
        range(field, label, mm, 10, 60, "毫米");
    }

    private static void range(String field, String label, double value, double min, double max, String unit) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new BusinessRuleViolation(
                    field, label + "应在" + fmt(min) + "至" + fmt(max) + unit + "之间，现为" + fmt(value) + unit);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
