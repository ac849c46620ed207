package org.briefdesk.search.query;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search: query string (may be empty: then all items match, useful with filters), filters,
 * sort, paging and what to compute. Build with {@link #builder()}. With {@code likeItem} (an item
 * id), the query is that item's title and the search is "items like this one": the query relaxed
 * from the start (about half of its words), the item itself left out.
 */
public record SearchRequest(
        String query,
        Set<String> units,
        Set<String> unitKinds,
        Set<String> columns,
        Set<String> statuses,
        Set<String> mustReportKinds,
        Set<String> flags,
        Boolean urgent,
        LocalDate dateFrom,
        LocalDate dateTo,
        SortOrder sort,
        int offset,
        int limit,
        boolean facets,
        boolean highlight,
        int fragments,
        String likeItem) {

    /** Deeper pages are refused: nobody reads past result 10,000 and collecting them is costly. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        units = units == null ? Set.of() : Set.copyOf(units);
        unitKinds = unitKinds == null ? Set.of() : Set.copyOf(unitKinds);
        columns = columns == null ? Set.of() : Set.copyOf(columns);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        mustReportKinds = mustReportKinds == null ? Set.of() : Set.copyOf(mustReportKinds);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0 || limit < 0 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset/limit out of range (offset + limit ≤ " + MAX_WINDOW + ")");
        }
        if (fragments < 0) {
            throw new IllegalArgumentException("fragments must be ≥ 0");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /** Fluent builder with defaults: relevance, first 10, facets and highlights on, 3 fragments. */
    public static final class Builder {
        private String query = "";
        private Set<String> units, unitKinds, columns, statuses, mustReportKinds, flags;
        private Boolean urgent;
        private LocalDate dateFrom, dateTo;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int offset = 0, limit = 10, fragments = 3;
        private boolean facets = true, highlight = true;
        private String likeItem;

        public Builder query(String v) {
            query = v;
            return this;
        }

        public Builder units(String... v) {
            units = Set.of(v);
            return this;
        }

        public Builder unitKinds(String... v) {
            unitKinds = Set.of(v);
            return this;
        }

        public Builder columns(String... v) {
            columns = Set.of(v);
            return this;
        }

        public Builder statuses(String... v) {
            statuses = Set.of(v);
            return this;
        }

        public Builder mustReportKinds(String... v) {
            mustReportKinds = Set.of(v);
            return this;
        }

        /** Items carrying every one of these flags (POSITIVE, NEGATIVE, EARLY_WARNING, SENSITIVE). */
        public Builder flags(String... v) {
            flags = Set.of(v);
            return this;
        }

        public Builder urgent(Boolean v) {
            urgent = v;
            return this;
        }

        public Builder dateRange(LocalDate from, LocalDate to) {
            dateFrom = from;
            dateTo = to;
            return this;
        }

        public Builder sort(SortOrder v) {
            sort = v;
            return this;
        }

        public Builder page(int off, int lim) {
            offset = off;
            limit = lim;
            return this;
        }

        public Builder facets(boolean v) {
            facets = v;
            return this;
        }

        public Builder highlight(boolean v) {
            highlight = v;
            return this;
        }

        public Builder fragments(int v) {
            fragments = v;
            return this;
        }

        public Builder likeItem(String id) {
            likeItem = id;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(
                    query,
                    units,
                    unitKinds,
                    columns,
                    statuses,
                    mustReportKinds,
                    flags,
                    urgent,
                    dateFrom,
                    dateTo,
                    sort,
                    offset,
                    limit,
                    facets,
                    highlight,
                    fragments,
                    likeItem);
        }
    }
}
