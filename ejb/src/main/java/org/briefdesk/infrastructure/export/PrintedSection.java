package org.briefdesk.infrastructure.export;

import java.util.List;

/**
 * One column (栏目) of a printed issue with its entries in print order.
 *
 * @param columnName e.g. 工作动态; null when the issue prints no column heading (a single-item special issue)
 */
public record PrintedSection(String columnName, List<PrintedEntry> entries) {

    public PrintedSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
