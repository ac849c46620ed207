package org.briefdesk.application.briefing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.item.ItemStatus;

/**
 * A briefing issue as pages and exports read it: everything resolved inside the transaction, in
 * printed order, so no page touches a lazy association.
 */
public record IssueView(
        long id,
        long version,
        long titleId,
        String briefingName,
        String issuingUnit,
        IssueKind kind,
        int year,
        int number,
        Integer totalNumber,
        LocalDate issueDate,
        String editorNote,
        IssueStatus status,
        Distribution distribution,
        String extraRecipients,
        boolean mailOnPublish,
        Set<Long> recipients,
        String createdBy,
        String publishedBy,
        Instant publishedAt,
        List<Section> sections,
        boolean toMemberUnits,
        boolean toAllUnits,
        int unitCount,
        boolean signOffRequired,
        String signedBy,
        Instant signedAt,
        String classification,
        String copyNumber)
        implements Serializable {

    /** One column's entries; {@code columnId} null for entries printed without a column heading. */
    public record Section(Long columnId, String columnName, List<Entry> entries) implements Serializable {}

    public record Entry(
            long id,
            long itemId,
            int ordinal,
            String headline,
            String bodyHtml,
            String sourceUnits,
            boolean combined,
            ItemStatus itemStatus,
            boolean usable)
            implements Serializable {}

    static IssueView of(BriefingIssue issue) {
        List<Section> sections = new ArrayList<>();
        int ordinal = 0;
        for (BriefingEntry e : issue.printOrder()) {
            Long columnId = e.getColumn() == null ? null : e.getColumn().getId();
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last == null || !java.util.Objects.equals(last.columnId(), columnId)) {
                last = new Section(
                        columnId, e.getColumn() == null ? null : e.getColumn().getName(), new ArrayList<>());
                sections.add(last);
            }
            last.entries()
                    .add(new Entry(
                            e.getId(),
                            e.getItem().getId(),
                            ++ordinal,
                            e.getHeadline(),
                            e.getBody().getHtml(),
                            e.getSourceUnits(),
                            e.getItem().isCombined(),
                            e.getItem().getStatus(),
                            e.getItem().usableInIssue()));
        }
        var n = issue.getNumber();
        return new IssueView(
                issue.getId(),
                issue.getVersion(),
                issue.getTitle().getId(),
                issue.getTitle().getName(),
                issue.getTitle().getIssuingUnit(),
                n.getKind(),
                n.getYear(),
                n.getNumber(),
                n.getTotal(),
                issue.getIssueDate(),
                issue.getEditorNote(),
                issue.getStatus(),
                issue.getDistribution(),
                issue.getExtraRecipients(),
                issue.isMailOnPublish(),
                issue.getRecipients(),
                issue.getCreatedBy(),
                issue.getPublishedBy(),
                issue.getPublishedAt(),
                List.copyOf(sections),
                issue.isToMemberUnits(),
                issue.isToAllUnits(),
                issue.getUnitRecipients().size(),
                issue.getTitle().isSignOffRequired(),
                issue.getSignOff() == null ? null : issue.getSignOff().getSignerName(),
                issue.getSignOff() == null ? null : issue.getSignOff().getSignedAt(),
                issue.getClassification(),
                issue.getCopyNumber());
    }

    public boolean signedOff() {
        return signedAt != null;
    }

    /** 2026年普刊第12期. */
    public String label() {
        return year + "年" + kind.getLabel() + "第" + number + "期";
    }

    /** 第12期（总第128期）. */
    public String printedNumber() {
        return "第" + number + "期" + (totalNumber == null ? "" : "（总第" + totalNumber + "期）");
    }

    public int entryCount() {
        return sections.stream().mapToInt(s -> s.entries().size()).sum();
    }

    public boolean published() {
        return status == IssueStatus.PUBLISHED;
    }

    /** Items included, in printed order. */
    public List<Long> itemIds() {
        return sections.stream()
                .flatMap(s -> s.entries().stream())
                .map(Entry::itemId)
                .toList();
    }

    public List<Entry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
