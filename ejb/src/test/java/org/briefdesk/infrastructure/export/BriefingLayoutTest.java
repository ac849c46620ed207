package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class BriefingLayoutTest {

    @Test
    void theStandardLayoutIsTheOfficialA4GridOf22LinesBy28Characters() {
        BriefingLayout s = BriefingLayout.standard();
        assertEquals(156, s.textWidthPt() / BriefingLayout.POINTS_PER_MM, 0.001);
        assertEquals(225, s.textHeightPt() / BriefingLayout.POINTS_PER_MM, 0.001);
        assertEquals(22, (int) (s.textHeightPt() / s.linePitchPt()));
        assertEquals(28, (int) (s.textWidthPt() / s.charPitchPt()));
        assertEquals(16, s.bodySizePt());
        assertEquals("E60012", s.redHex());
        assertEquals(0xE60012, s.redRgb());
    }

    @Test
    void aColourIsNormalisedToUpperCaseWithAHash() {
        assertEquals("#C00000", with(21, "c00000").redColor());
    }

    @Test
    void aMarginOutsideItsRangeIsRefusedWithAChineseMessage() {
        BriefingLayout s = BriefingLayout.standard();
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> new BriefingLayout(
                        5,
                        35,
                        28,
                        26,
                        22,
                        28,
                        36,
                        26,
                        16,
                        16,
                        22,
                        16,
                        12,
                        14,
                        14,
                        s.redColor(),
                        4,
                        0.75,
                        0.35,
                        0.25,
                        7));
        assertEquals("上边距应在10至60毫米之间，现为5毫米", e.getMessage());
        assertEquals("topMarginMm", e.field());
    }

    @Test
    void aCharacterCountThatDoesNotFitTheBodySizeIsRefused() {
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> with(40, "#E60012"));
        assertEquals("charsPerLine", e.field());
        assertEquals("每行字数与正文字号不匹配：每行40字时每字宽约11磅，正文字号为16磅", e.getMessage());
    }

    @Test
    void aColourThatIsNotHexadecimalIsRefused() {
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> with(28, "红色"));
        assertEquals("红色应写成六位十六进制颜色，例如 #E60012", e.getMessage());
    }

    private static BriefingLayout with(int charsPerLine, String red) {
        return new BriefingLayout(
                37, 35, 28, 26, 22, charsPerLine, 36, 26, 16, 16, 22, 16, 12, 14, 14, red, 4, 0.75, 0.35, 0.25, 7);
    }
}
