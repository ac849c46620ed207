package org.briefdesk.search.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item as the search module sees it: plain text (already sanitised by the application) and the
 * metadata used for filters and facets. The id is a string so that database ids (pass
 * {@code Long.toString(id)}) and imported ids alike fit.
 */
public record ItemDocument(
        String id,
        String title,
        String body,
        String unit,
        String unitKind,
        List<String> columns,
        String status,
        String mustReportKind,
        boolean urgent,
        LocalDate date,
        List<String> flags) {

    public ItemDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        columns = columns == null ? List.of() : List.copyOf(columns);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public static ItemDocument of(String id, String title, String body) {
        return builder(id).title(title).body(body).build();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id)
                .title(title)
                .body(body)
                .unit(unit)
                .unitKind(unitKind)
                .columns(columns)
                .status(status)
                .mustReportKind(mustReportKind)
                .urgent(urgent)
                .date(date)
                .flags(flags);
    }

    /** Fluent builder; every field except the id is optional. */
    public static final class Builder {
        private final String id;
        private String title;
        private String body;
        private String unit;
        private String unitKind;
        private List<String> columns;
        private String status;
        private String mustReportKind;
        private boolean urgent;
        private LocalDate date;
        private List<String> flags;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder body(String v) {
            this.body = v;
            return this;
        }

        public Builder unit(String v) {
            this.unit = v;
            return this;
        }

        public Builder unitKind(String v) {
            this.unitKind = v;
            return this;
        }

        public Builder columns(List<String> v) {
            this.columns = v;
            return this;
        }

        public Builder status(String v) {
            this.status = v;
            return this;
        }

        /** The editor's judgement of the item: POSITIVE, NEGATIVE, EARLY_WARNING, SENSITIVE. */
        public Builder flags(List<String> v) {
            this.flags = v;
            return this;
        }

        public Builder mustReportKind(String v) {
            this.mustReportKind = v;
            return this;
        }

        public Builder urgent(boolean v) {
            this.urgent = v;
            return this;
        }

        public Builder date(LocalDate v) {
            this.date = v;
            return this;
        }

        public ItemDocument build() {
            return new ItemDocument(
                    id, title, body, unit, unitKind, columns, status, mustReportKind, urgent, date, flags);
        }
    }
}
