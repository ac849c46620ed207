package org.briefdesk.infrastructure.search;

import java.time.LocalDate;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.search.document.ItemDocument;

/** How an item looks to the search module: plain text plus the fields editors filter and facet by. */
final class ItemDocuments {

    private ItemDocuments() {}

    /** Only items that reached the office are searchable: drafts stay private to their unit. */
    static boolean indexable(Item item) {
        return item.getStatus().reachedOffice();
    }

    static ItemDocument of(Item item) {
        return ItemDocument.builder(Long.toString(item.getId()))
                .title(item.getTitle())
                .body(item.getBody().getText())
                .unit(item.getUnit().getShortName())
                .unitKind(item.getUnit().getKind().name())
                .columns(item.getColumns().stream().map(BriefingColumn::getName).toList())
                .status(item.getStatus().name())
                .mustReportKind(
                        item.getMustReport() == null
                                ? null
                                : item.getMustReport().name())
                .urgent(item.isUrgent())
                .flags(item.getFlags().flags().stream().map(Enum::name).toList())
                .date(date(item))
                .build();
    }

    private static LocalDate date(Item item) {
        var at = item.getSubmittedAt() != null ? item.getSubmittedAt() : item.getCreatedAt();
        return LocalDate.ofInstant(at, DistrictTime.ZONE);
    }
}
