package org.briefdesk.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Prints {@link PrintedIssue#DRAFT_MARK} in the top margin of every page of a draft, at the right
 * edge of the text block, so a draft printed or forwarded is never taken for the issue.
 */
final class PdfDraftMark extends PdfPageEventHelper {

    private final Font font;

    PdfDraftMark(BaseFont face, Color red, float size) {
        this.font = new Font(face, size, Font.NORMAL, red);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float baseline = document.top() + (document.topMargin() - font.getSize()) / 2;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_RIGHT,
                new Phrase(PrintedIssue.DRAFT_MARK, font),
                document.right(),
                baseline,
                0);
    }
}
