package org.briefdesk.infrastructure.batch;

import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.archive.SourcePlace;

/**
 * One record as a reader found it: the source's fields as text, or why it could not be read at
 * all. {@code adopted} is null when the source does not say; {@code bodyHtml} is set instead of
 * {@code body} for a document, whose paragraphs the document reader already made HTML.
 */
record SourceRecord(
        SourcePlace place,
        String title,
        String body,
        String bodyHtml,
        String unit,
        String date,
        String column,
        String key,
        Boolean adopted,
        SkipReason problem,
        String problemDetail) {

    static SourceRecord unreadable(SourcePlace place, SkipReason reason, String detail) {
        return new SourceRecord(place, null, null, null, null, null, null, null, null, reason, detail);
    }
}
