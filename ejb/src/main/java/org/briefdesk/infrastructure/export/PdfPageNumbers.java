package org.briefdesk.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Prints "— 3 —" below the text block of every page: odd pages at the right, even pages at the
 * left, one character in from the edge of the text block, the top of the digits
 * {@link BriefingLayout#pageNumberGapMm()} below the text block.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private final BriefingLayout layout;
    private final Font font;

    PdfPageNumbers(BriefingLayout layout, BaseFont face) {
        this.layout = layout;
        this.font = new Font(face, (float) layout.pageNumberSizePt());
    }

    static String text(int page) {
        return "— " + page + " —";
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        float size = font.getSize();
        float ascent = font.getBaseFont().getFontDescriptor(BaseFont.ASCENT, size);
        float baseline = document.bottom() - (float) BriefingLayout.pt(layout.pageNumberGapMm()) - ascent;
        boolean odd = page % 2 == 1;
        float x = odd ? document.right() - size : document.left() + size;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                new Phrase(text(page), font),
                x,
                baseline,
                0);
    }
}
