package org.briefdesk.infrastructure.export;

import java.util.List;
import java.util.Objects;

/**
 * One entry (条目) of a printed issue: the headline, the body as sanitised rich text (see
 * {@code org.briefdesk.domain.model.item.RichText}), the reporting units and an optional table.
 *
 * @param sourceUnits short unit names, printed at the end as （海淀街道、学院路街道）
 * @param table       statistics table, first row is the header; an empty list prints no table
 */
public record PrintedEntry(String headline, String bodyHtml, List<String> sourceUnits, List<List<String>> table) {

    public PrintedEntry {
        Objects.requireNonNull(headline, "headline");
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        sourceUnits = sourceUnits == null
                ? List.of()
                : sourceUnits.stream()
                        .filter(u -> u != null && !u.isBlank())
                        .map(String::strip)
                        .toList();
        table = table == null
                ? List.of()
                : table.stream()
                        .map(row -> row.stream().map(c -> c == null ? "" : c).toList())
                        .toList();
    }

    public PrintedEntry(String headline, String bodyHtml, List<String> sourceUnits) {
        this(headline, bodyHtml, sourceUnits, List.of());
    }
}
