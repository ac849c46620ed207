package org.briefdesk.infrastructure.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefdesk.domain.shared.Text;
import org.jsoup.nodes.Entities;

/** One non-empty paragraph of an imported document, as plain text and as body HTML. */
record Paragraph(Style style, String text, String html) {

    enum Style {
        TITLE,
        HEADING,
        BODY
    }

    /** Word's field codes and cell marks, which show as junk when read as text. */
    private static final String WORD_CONTROL = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]";

    static List<Paragraph> ofDocx(XWPFDocument doc) {
        List<Paragraph> out = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                add(out, docxParagraph(doc, p));
            } else if (element instanceof XWPFTable t) {
                // Tables become one paragraph per cell: the words survive, the layout does not.
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            add(out, docxParagraph(doc, p));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Paragraph docxParagraph(XWPFDocument doc, XWPFParagraph p) {
        Style style = styleOf(p.getStyleID(), styleName(doc, p.getStyleID()));
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            text.append(t);
            html.append(run.isBold() && style == Style.BODY ? "<b>" + escape(t) + "</b>" : escape(t));
        }
        return paragraph(style, text.toString(), html.toString());
    }

    private static String styleName(XWPFDocument doc, String styleId) {
        if (styleId == null || doc.getStyles() == null) {
            return null;
        }
        XWPFStyle s = doc.getStyles().getStyle(styleId);
        return s == null ? null : s.getName();
    }

    static List<Paragraph> ofDoc(HWPFDocument doc, Range range) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            Style style = styleOf(null, sd == null ? null : sd.getName());
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                String t = run.text()
                        .replaceAll(WORD_CONTROL, "")
                        .replace("\r", "")
                        .replace('\u0007', ' ');
                if (t.isEmpty()) {
                    continue;
                }
                text.append(t);
                html.append(run.isBold() && style == Style.BODY ? "<b>" + escape(t) + "</b>" : escape(t));
            }
            add(out, paragraph(style, text.toString(), html.toString()));
        }
        return out;
    }

    /** Text with one paragraph per non-blank line (.txt). */
    static List<Paragraph> plainLines(String content) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : content.replace("\uFEFF", "").split("\\r?\\n|\\r")) {
            add(out, paragraph(Style.BODY, line, escape(line.strip())));
        }
        return out;
    }

    /** PDF text: paragraphs are separated by blank lines, and the lines of one paragraph are joined. */
    static List<Paragraph> blankLineSeparated(String content) {
        List<Paragraph> out = new ArrayList<>();
        for (String block : content.split("\\n\\s*\\n")) {
            StringBuilder joined = new StringBuilder();
            for (String line : block.split("\\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                // Chinese lines join directly; Latin words need the space the line break stood for.
                if (joined.length() > 0 && isLatin(joined.charAt(joined.length() - 1)) && isLatin(l.charAt(0))) {
                    joined.append(' ');
                }
                joined.append(l);
            }
            add(out, paragraph(Style.BODY, joined.toString(), escape(joined.toString())));
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static Style styleOf(String styleId, String styleName) {
        String name = (styleName == null ? (styleId == null ? "" : styleId) : styleName).toLowerCase(Locale.ROOT);
        if (name.equals("title") || name.equals("标题")) {
            return Style.TITLE;
        }
        if (name.startsWith("heading") || name.matches("标题\\s*\\d")) {
            return Style.HEADING;
        }
        return Style.BODY;
    }

    private static Paragraph paragraph(Style style, String text, String innerHtml) {
        String t = Text.clean(text.replaceAll(WORD_CONTROL, ""), false).strip();
        String html = switch (style) {
            case HEADING -> "<h3>" + escape(t) + "</h3>";
            case TITLE, BODY -> "<p>" + innerHtml.strip() + "</p>";
        };
        return new Paragraph(style, t, html);
    }

    /**
     * Escapes for HTML what the rule for stored text allows; control and direction characters are
     * dropped first, since the officer cannot see them in the file to remove them.
     */
    private static String escape(String text) {
        return Entities.escape(Text.clean(text, false));
    }

    private static void add(List<Paragraph> out, Paragraph p) {
        if (!p.text().isEmpty()) {
            out.add(p);
        }
    }
}
