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

    /**
     * Starts an issue from what every printed document has: its name (报头), number (第N期), issuing
     * unit (编印单位), date and end block (版记). Everything else is optional: the standard layout, no
     * 密级/份号, a regular issue, no 总期号, no 编者按, published (no 草稿 mark) and not signed off.
     */
    public static Builder builder(
            String briefingName, int number, String issuingUnit, LocalDate date, EndBlock endBlock) {
        return new Builder(briefingName, number, issuingUnit, date, endBlock);
    }

    /** A builder holding this issue's values, to change one or two of them. */
    public Builder toBuilder() {
        return new Builder(briefingName, number, issuingUnit, date, endBlock)
                .layout(layout)
                .classification(classification)
                .copyNumber(copyNumber)
                .kindLabel(kindLabel)
                .totalNumber(totalNumber)
                .editorNoteHtml(editorNoteHtml)
                .sections(sections)
                .draft(draft)
                .signer(signer);
    }

    /** Names each optional part instead of a row of positional nulls and falses. */
    public static final class Builder {
        private final String briefingName;
        private final int number;
        private final String issuingUnit;
        private final EndBlock endBlock;
        private LocalDate date;
        private BriefingLayout layout = BriefingLayout.standard();
        private String classification;
        private String copyNumber;
        private String kindLabel;
        private Integer totalNumber;
        private String editorNoteHtml;
        private List<PrintedSection> sections = List.of();
        private boolean draft;
        private String signer;

        private Builder(String briefingName, int number, String issuingUnit, LocalDate date, EndBlock endBlock) {
            this.briefingName = briefingName;
            this.number = number;
            this.issuingUnit = issuingUnit;
            this.date = date;
            this.endBlock = endBlock;
        }

        public Builder layout(BriefingLayout layout) {
            this.layout = layout;
            return this;
        }

        public Builder classification(String classification) {
            this.classification = classification;
            return this;
        }

        public Builder copyNumber(String copyNumber) {
            this.copyNumber = copyNumber;
            return this;
        }

        public Builder kindLabel(String kindLabel) {
            this.kindLabel = kindLabel;
            return this;
        }

        public Builder totalNumber(Integer totalNumber) {
            this.totalNumber = totalNumber;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder editorNoteHtml(String editorNoteHtml) {
            this.editorNoteHtml = editorNoteHtml;
            return this;
        }

        public Builder sections(List<PrintedSection> sections) {
            this.sections = sections;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder signer(String signer) {
            this.signer = signer;
            return this;
        }

        public PrintedIssue build() {
            return new PrintedIssue(
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
                    signer);
        }
    }
}
