package org.briefdesk.infrastructure.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one printed briefing issue (一期简报) says, independent of JPA: the header, the editor's
 * note, the columns with their entries and the end block (版记). The Word and PDF writers turn it
 * into the official layout described by {@link BriefingLayout}.
 *
 * @param classification 密级, or null
 * @param copyNumber     份号, or null
 * @param kindLabel      null for a regular issue (普刊); 特刊, 专刊 or 增刊 otherwise
 * @param totalNumber    总第M期, or null
 * @param editorNoteHtml 编者按 as sanitised rich text, or null
 * @param draft          not yet published: every page carries a 草稿 mark, so a draft read outside
 *                       the office is never taken for the issue itself
 * @param signer         who signed it off (签发人), printed at the right under the issue number, or null
 */
public record PrintedIssue(
        BriefingLayout layout,
        String classification,
        String copyNumber,
        String briefingName,
        String kindLabel,
        int number,
        Integer totalNumber,
        String issuingUnit,
        LocalDate date,
        String editorNoteHtml,
        List<PrintedSection> sections,
        EndBlock endBlock,
        boolean draft,
        String signer) {

    /** An issue without a sign-off. */
    public PrintedIssue(
            BriefingLayout layout,
            String classification,
            String copyNumber,
            String briefingName,
            String kindLabel,
            int number,
            Integer totalNumber,
            String issuingUnit,
            LocalDate date,
            String editorNoteHtml,
            List<PrintedSection> sections,
            EndBlock endBlock,
            boolean draft) {
        this(
                layout,
                classification,
                copyNumber,
                briefingName,
                kindLabel,
                number,
                totalNumber,
                issuingUnit,
                date,
                editorNoteHtml,
                sections,
                endBlock,
                draft,
                null);
    }

    /** A published issue (or a document that is never a draft, such as the 通报). */
    public PrintedIssue(
            BriefingLayout layout,
            String classification,
            String copyNumber,
            String briefingName,
            String kindLabel,
            int number,
            Integer totalNumber,
            String issuingUnit,
            LocalDate date,
            String editorNoteHtml,
            List<PrintedSection> sections,
            EndBlock endBlock) {
        this(
                layout,
                classification,
                copyNumber,
                briefingName,
                kindLabel,
                number,
                totalNumber,
                issuingUnit,
                date,
                editorNoteHtml,
                sections,
                endBlock,
                false);
    }

    /** The text of the mark every page of a draft carries. */
    public static final String DRAFT_MARK = "草稿（未发布）";

    public PrintedIssue {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(briefingName, "briefingName");
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endBlock, "endBlock");
        if (number < 1) {
            throw new IllegalArgumentException("期号必须从1开始：" + number);
        }
        if (totalNumber != null && totalNumber < number) {
            throw new IllegalArgumentException("总期号不能小于期号：" + totalNumber);
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** The sections that have something to print, in order; empty columns are left out. */
    public List<PrintedSection> printedSections() {
        return sections.stream().filter(s -> !s.entries().isEmpty()).toList();
    }

    /** A special issue about one event prints its only headline larger (2号 instead of 3号). */
    public boolean isSingleEntrySpecial() {
        return kindLabel != null
                && !kindLabel.isBlank()
                && printedSections().stream().mapToInt(s -> s.entries().size()).sum() == 1;
    }
}
