package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The printed page settings of a briefing title (版式): margins, title and body sizes and the red.
 * Defaults follow GB/T 9704-2012 as BRIEFING-FORMAT.md gives them; the ranges keep a page printable.
 */
@Embeddable
public class PageLayout implements Serializable {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Column(name = "margin_top_mm", nullable = false)
    private int marginTopMm;

    @Column(name = "margin_bottom_mm", nullable = false)
    private int marginBottomMm;

    @Column(name = "margin_left_mm", nullable = false)
    private int marginLeftMm;

    @Column(name = "margin_right_mm", nullable = false)
    private int marginRightMm;

    @Column(name = "title_size_pt", nullable = false)
    private int titleSizePt;

    @Column(name = "body_size_pt", nullable = false)
    private int bodySizePt;

    @Column(name = "red_color", nullable = false, length = 7)
    private String redColor;

    protected PageLayout() {}

    public PageLayout(
            int marginTopMm,
            int marginBottomMm,
            int marginLeftMm,
            int marginRightMm,
            int titleSizePt,
            int bodySizePt,
            String redColor) {
        this.marginTopMm = margin(marginTopMm, "上边距");
        this.marginBottomMm = margin(marginBottomMm, "下边距");
        this.marginLeftMm = margin(marginLeftMm, "左边距");
        this.marginRightMm = margin(marginRightMm, "右边距");
        if (marginLeftMm + marginRightMm > 120 || marginTopMm + marginBottomMm > 180) {
            throw new BusinessRuleViolation("margin", "页边距过大，版心放不下正文");
        }
        if (titleSizePt < 16 || titleSizePt > 60) {
            throw new BusinessRuleViolation("titleSizePt", "简报名称字号应在16到60磅之间");
        }
        if (bodySizePt < 9 || bodySizePt > 22) {
            throw new BusinessRuleViolation("bodySizePt", "正文字号应在9到22磅之间");
        }
        if (redColor == null || !HEX.matcher(redColor.strip()).matches()) {
            throw new BusinessRuleViolation("redColor", "版头颜色应写成#RRGGBB，例如#E60012");
        }
        this.titleSizePt = titleSizePt;
        this.bodySizePt = bodySizePt;
        this.redColor = redColor.strip().toUpperCase();
    }

    /** A4 with 37/35/28/26 mm margins, a 36 pt title (小初), 3号 (16 pt) body, red #E60012. */
    public static PageLayout standard() {
        return new PageLayout(37, 35, 28, 26, 36, 16, "#E60012");
    }

    private static int margin(int mm, String label) {
        if (mm < 5 || mm > 80) {
            throw new BusinessRuleViolation("margin", label + "应在5到80毫米之间");
        }
        return mm;
    }

    public int getMarginTopMm() {
        return marginTopMm;
    }

    public int getMarginBottomMm() {
        return marginBottomMm;
    }

    public int getMarginLeftMm() {
        return marginLeftMm;
    }

    public int getMarginRightMm() {
        return marginRightMm;
    }

    public int getTitleSizePt() {
        return titleSizePt;
    }

    public int getBodySizePt() {
        return bodySizePt;
    }

    public String getRedColor() {
        return redColor;
    }
}
