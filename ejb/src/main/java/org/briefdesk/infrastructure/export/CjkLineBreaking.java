package org.briefdesk.infrastructure.export;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a PDF line may break in Chinese text (避头尾): between any two characters, except that a
 * closing mark (，。、；：？！）》” …) never starts a line and an opening mark (（《“ …) never ends
 * one; Latin words and numbers stay whole. OpenPDF's default would break anywhere in CJK text and
 * leave commas and closing quotes at the start of lines.
 */
final class CjkLineBreaking implements SplitCharacter {

    static final CjkLineBreaking INSTANCE = new CjkLineBreaking();

    private static final String NO_LINE_START = "，。、；：？！）》〉」』】〕”’·…—～%‰℃,.;:?!)]}>、％";
    private static final String NO_LINE_END = "（《〈「『【〔“‘([{<￥$";

    private CjkLineBreaking() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        char next = current + 1 < end ? charAt(current + 1, cc, ck) : 0;
        if (NO_LINE_END.indexOf(c) >= 0 || (next != 0 && NO_LINE_START.indexOf(next) >= 0)) {
            return false;
        }
        if (c == ' ' || c == '\u3000' || c == '-' || c == '/') {
            return true;
        }
        // Between two characters of which at least one is CJK, a break is allowed.
        return isWide(c) || (next != 0 && isWide(next));
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80 && !(c >= 0xFF01 && c <= 0xFF5E && Character.isLetterOrDigit(c));
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
