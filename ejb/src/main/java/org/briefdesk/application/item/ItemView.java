package org.briefdesk.application.item;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.CombinedSource;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;

/**
 * An item as pages and the API read it: resolved inside the transaction, so a view-scoped page keeps
 * this small record and never a detached entity with lazy associations.
 */
public record ItemView(
        long id,
        long version,
        String title,
        String bodyHtml,
        String bodyText,
        long unitId,
        String unitName,
        String unitShortName,
        ItemStatus status,
        String statusReason,
        LocalDate eventDate,
        String contact,
        MustReportKind mustReport,
        boolean urgent,
        List<String> columns,
        List<Long> columnIds,
        boolean combined,
        List<Long> sourceItemIds,
        Long combinedIntoId,
        boolean usableInIssue,
        Instant createdAt,
        Instant submittedAt,
        ItemFlags flags,
        ItemChannel channel,
        Long solicitationId)
        implements Serializable {

    public static ItemView of(Item item) {
        return new ItemView(
                item.getId(),
                item.getVersion(),
                item.getTitle(),
                item.getBody().getHtml(),
                item.getBody().getText(),
                item.getUnit().getId(),
                item.getUnit().getName(),
                item.getUnit().getShortName(),
                item.getStatus(),
                item.getStatusReason(),
                item.getEventDate(),
                item.getContact(),
                item.getMustReport(),
                item.isUrgent(),
                item.getColumns().stream().map(BriefingColumn::getName).toList(),
                item.getColumns().stream().map(BriefingColumn::getId).toList(),
                item.isCombined(),
                item.getSources().stream().map(CombinedSource::getItemId).toList(),
                item.getCombinedInto() == null ? null : item.getCombinedInto().getId(),
                item.usableInIssue(),
                item.getCreatedAt(),
                item.getSubmittedAt(),
                item.getFlags(),
                item.getChannel(),
                item.getSolicitationId());
    }

    /** Characters of text, as the combine page counts them. */
    public int bodyLength() {
        return bodyText.length();
    }
}
