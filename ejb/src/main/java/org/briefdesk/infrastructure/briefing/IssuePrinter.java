package org.briefdesk.infrastructure.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.briefing.IssueRenderer;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.export.BriefingLayout;
import org.briefdesk.infrastructure.export.DocxBriefingWriter;
import org.briefdesk.infrastructure.export.EndBlock;
import org.briefdesk.infrastructure.export.FontsUnavailable;
import org.briefdesk.infrastructure.export.PdfBriefingWriter;
import org.briefdesk.infrastructure.export.PrintedEntry;
import org.briefdesk.infrastructure.export.PrintedIssue;
import org.briefdesk.infrastructure.export.PrintedSection;

/**
 * Turns an issue into the printed model and renders it as .docx or .pdf. A missing CJK font becomes
 * a rule violation with the writers' message, so publishing stops with a clear reason and saves nothing.
 */
@ApplicationScoped
public class IssuePrinter implements IssueRenderer {

    private final DocxBriefingWriter docx = new DocxBriefingWriter();
    private final PdfBriefingWriter pdf = new PdfBriefingWriter();

    @Override
    public byte[] render(IssueView issue, PageLayout layout, ExportFormat format) {
        PrintedIssue printed = printed(issue, layout);
        try {
            return format == ExportFormat.DOCX ? docx.write(printed) : pdf.write(printed);
        } catch (FontsUnavailable e) {
            throw new BusinessRuleViolation("fonts", e.getMessage());
        }
    }

    /** The printed model: sections in column order, source units split back into names. */
    public static PrintedIssue printed(IssueView issue, PageLayout layout) {
        List<PrintedSection> sections = issue.sections().stream()
                .map(s -> new PrintedSection(
                        s.columnName(),
                        s.entries().stream()
                                .map(e -> new PrintedEntry(
                                        e.headline(),
                                        e.bodyHtml(),
                                        Arrays.asList(e.sourceUnits().split("、"))))
                                .toList()))
                .toList();
        var d = issue.distribution();
        String note = issue.editorNote() == null || issue.editorNote().isBlank()
                ? null
                : RichText.ofPlainText(issue.editorNote()).getHtml();
        return PrintedIssue.builder(
                        issue.briefingName(),
                        issue.number(),
                        issue.issuingUnit(),
                        issue.issueDate(),
                        new EndBlock(
                                d.getReportTo(),
                                d.getSendTo(),
                                d.getDistributeTo(),
                                issue.extraRecipients(),
                                d.getPrintCount()))
                .layout(layout(layout))
                .classification(issue.classification())
                .copyNumber(issue.copyNumber())
                .kindLabel(issue.kind().printedLabel())
                .totalNumber(issue.totalNumber())
                .editorNoteHtml(note)
                .sections(sections)
                .draft(issue.status() != IssueStatus.PUBLISHED)
                .signer(issue.signedBy())
                .build();
    }

    /**
     * The title's settings over the standard format. The line grid follows the body size so that 3号
     * keeps the standard 28 × 22 grid and another size keeps the same proportions.
     */
    static BriefingLayout layout(PageLayout p) {
        BriefingLayout s = BriefingLayout.standard();
        if (p == null) {
            return s;
        }
        double widthPt = (BriefingLayout.PAGE_WIDTH_MM - p.getMarginLeftMm() - p.getMarginRightMm())
                * BriefingLayout.POINTS_PER_MM;
        double heightPt = (BriefingLayout.PAGE_HEIGHT_MM - p.getMarginTopMm() - p.getMarginBottomMm())
                * BriefingLayout.POINTS_PER_MM;
        int body = p.getBodySizePt();
        int chars = (int) Math.round(widthPt / body);
        int lines = (int) Math.round(heightPt / (body * 1.8125));
        return new BriefingLayout(
                p.getMarginTopMm(),
                p.getMarginBottomMm(),
                p.getMarginLeftMm(),
                p.getMarginRightMm(),
                lines,
                chars,
                p.getTitleSizePt(),
                s.kindLabelSizePt(),
                s.headerSizePt(),
                body,
                s.specialHeadlineSizePt(),
                body,
                s.tableSizePt(),
                s.endBlockSizePt(),
                s.pageNumberSizePt(),
                p.getRedColor(),
                s.headerRuleGapMm(),
                s.headerRuleWidthMm(),
                s.endRuleOuterMm(),
                s.endRuleInnerMm(),
                s.pageNumberGapMm());
    }
}
