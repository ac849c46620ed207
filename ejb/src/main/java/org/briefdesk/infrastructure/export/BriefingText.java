package org.briefdesk.infrastructure.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of a printed issue that both writers share, so the Word file and the PDF say
 * exactly the same: header lines, source units, column headings and the end block.
 */
final class BriefingText {

    /** One line of the end block; the print count goes on the 发 line (or the last line). */
    record EndLine(String text, String printCount) {}

    private BriefingText() {}

    /** 2026年11月27日: Chinese style, no leading zeros. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 第12期 or 第12期（总第356期）. */
    static String numberLine(int number, Integer totalNumber) {
        return "第" + number + "期" + (totalNumber == null ? "" : "（总第" + totalNumber + "期）");
    }

    /** （海淀街道、学院路街道）, or "" when no unit is named. */
    static String sourceUnits(List<String> units) {
        return units.isEmpty()
                ? ""
                : "（" + String.join("、", units.stream().map(BriefingText::clean).toList()) + "）";
    }

    /** 【工作动态】; a name that already carries the brackets is kept as it is. */
    static String columnHeading(String name) {
        String n = clean(name).strip();
        return n.startsWith("【") ? n : "【" + n + "】";
    }

    static String printCount(int copies) {
        return "（共印 " + copies + " 份）";
    }

    static List<EndLine> endLines(EndBlock end) {
        List<String> texts = new ArrayList<>();
        int distributeLine = -1;
        addLine(texts, "报：", end.reportTo());
        addLine(texts, "送：", end.sendTo());
        if (addLine(texts, "发：", end.distributeTo())) {
            distributeLine = texts.size() - 1;
        }
        addLine(texts, "本期增发：", end.extraRecipients());
        if (texts.isEmpty()) {
            texts.add("");
        }
        int countLine = distributeLine >= 0 ? distributeLine : texts.size() - 1;
        List<EndLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new EndLine(texts.get(i), i == countLine ? printCount(end.printCount()) : null));
        }
        return lines;
    }

    private static boolean addLine(List<String> texts, String label, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        texts.add(label + clean(value).strip());
        return true;
    }

    /** Control characters would make the Word XML invalid and print as boxes: drop them. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t')
                    || (c >= 0x7F && c < 0xA0)
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validSurrogateAt(s, i));
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString().replace('\t', ' ');
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * The title size that keeps the title on one line: the preferred size, or smaller down to
     * {@code min}; below that the title wraps instead of becoming unreadable.
     *
     * @param emWidth the title's width at 1 pt
     */
    static double fittedSize(double preferred, double min, double available, double emWidth) {
        if (emWidth <= 0 || emWidth * preferred <= available) {
            return preferred;
        }
        return Math.max(min, Math.floor(available / emWidth * 2) / 2);
    }

    /** Width estimate in ems where no font metrics are at hand: CJK is full width, the rest half. */
    static double estimatedEms(String s) {
        double ems = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ems += c >= 0x2E80 || (c >= 0x2010 && c <= 0x2027) ? 1 : 0.5;
        }
        return ems;
    }

    /**
     * Relative column widths of a table whose first row is its heading: each column as wide as its
     * longest cell (a heading may take two lines), so a unit's name is not squeezed into a column
     * as narrow as a count's.
     */
    static float[] columnWeights(List<List<String>> rows) {
        int columns = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
        float[] weights = new float[columns];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                double ems = estimatedEms(row.get(c) == null ? "" : row.get(c));
                weights[c] = (float) Math.max(weights[c], r == 0 ? Math.ceil(ems / 2) : ems);
            }
        }
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(2, weights[c]) + 1;
        }
        return weights;
    }
}
