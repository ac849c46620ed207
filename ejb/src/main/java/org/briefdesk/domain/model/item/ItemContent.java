package org.briefdesk.domain.model.item;

import java.time.LocalDate;

/** What an officer types into the item form; {@link Item} checks it. */
public record ItemContent(
        String title,
        String bodyHtml,
        LocalDate eventDate,
        MustReportKind mustReport,
        boolean urgent,
        String contact) {}
