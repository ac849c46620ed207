package org.briefdesk.interfaces.web.search;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.interfaces.web.DateText;
import org.briefdesk.interfaces.web.Pages;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SortOrder;

/**
 * What the search page's URL says (检索条件): text, dates, sort, filters, "like this one" and page.
 * The URL is the search's whole state, so it reads from and writes to query-string parameters
 * (f:viewParam): facet values joined by commas, dates as 2026-11-20, page numbered from 1.
 */
public class SearchCriteria implements Serializable {

    static final int PAGE_SIZE = 20;

    /** Facet fields in the order the page shows them and the URL lists them. */
    static final List<String> FACET_ORDER = List.of("column", "unitKind", "unit", "status", "mustReport", "flag");

    private String q;
    private LocalDate from;
    private LocalDate to;
    private String sort;
    private boolean urgentOnly;
    private String like;
    private final Map<String, Set<String>> selected = new HashMap<>();
    private int page;

    /** Whether the URL asks for a search at all (an empty search page shows no results). */
    boolean describesASearch() {
        return q != null
                || sort != null
                || like != null
                || page > 0
                || urgentOnly
                || !selected.isEmpty()
                || from != null
                || to != null;
    }

    /** A new search from the form: the first page, no longer "like" a hit. */
    void restart() {
        page = 0;
        like = null;
    }

    void toggle(String field, String value) {
        Set<String> values = selected.computeIfAbsent(field, k -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            selected.remove(field);
        }
    }

    boolean isSelected(String field, String value) {
        return selected.getOrDefault(field, Set.of()).contains(value);
    }

    int page() {
        return page;
    }

    void turnTo(int page) {
        this.page = page;
    }

    SearchService.Query query(int offset, int limit) {
        return new SearchService.Query(q, selected, urgentOnly, from, to, sortOrder(), offset, limit, like);
    }

    private SortOrder sortOrder() {
        try {
            return sort == null ? SortOrder.RELEVANCE : SortOrder.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return SortOrder.RELEVANCE;
        }
    }

    /**
     * The URL query string of this search ({@code q=…&sort=…&unit=a,b}), values percent-encoded;
     * with {@code withPage} the page number too. Saved searches keep it without the page.
     */
    public String queryString(boolean withPage) {
        StringJoiner j = new StringJoiner("&");
        param(j, "q", q == null ? "" : q);
        param(j, "from", from == null ? null : from.toString());
        param(j, "to", to == null ? null : to.toString());
        param(j, "sort", sortOrder().name());
        param(j, "urgent", urgentOnly ? "1" : null);
        for (String field : FACET_ORDER) {
            param(j, field, facetParam(field));
        }
        param(j, "like", like);
        param(j, "page", withPage && page > 0 ? Integer.toString(page + 1) : null);
        return j.toString();
    }

    private static void param(StringJoiner j, String name, String value) {
        if (value != null) {
            j.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private String facetParam(String field) {
        Set<String> v = selected.get(field);
        return v == null || v.isEmpty() ? null : String.join(",", v);
    }

    private void setFacetParam(String field, String value) {
        if (value == null || value.isBlank()) {
            selected.remove(field);
        } else {
            selected.put(
                    field,
                    new LinkedHashSet<>(Arrays.stream(value.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()));
        }
    }

    public String getUnitParam() {
        return facetParam("unit");
    }

    public void setUnitParam(String v) {
        setFacetParam("unit", v);
    }

    public String getUnitKindParam() {
        return facetParam("unitKind");
    }

    public void setUnitKindParam(String v) {
        setFacetParam("unitKind", v);
    }

    public String getColumnParam() {
        return facetParam("column");
    }

    public void setColumnParam(String v) {
        setFacetParam("column", v);
    }

    public String getStatusParam() {
        return facetParam("status");
    }

    public void setStatusParam(String v) {
        setFacetParam("status", v);
    }

    public String getMustReportParam() {
        return facetParam("mustReport");
    }

    public void setMustReportParam(String v) {
        setFacetParam("mustReport", v);
    }

    public String getFlagParam() {
        return facetParam("flag");
    }

    public void setFlagParam(String v) {
        setFacetParam("flag", v);
    }

    public String getFromParam() {
        return from == null ? null : from.toString();
    }

    public void setFromParam(String v) {
        from = date(v);
    }

    public String getToParam() {
        return to == null ? null : to.toString();
    }

    public void setToParam(String v) {
        to = date(v);
    }

    private static LocalDate date(String v) {
        DateText d = DateText.read(v);
        if (d.malformed()) {
            Pages.error("日期格式应为 2026-11-20，已忽略：" + v);
        }
        return d.date();
    }

    public String getUrgentParam() {
        return urgentOnly ? "1" : null;
    }

    public void setUrgentParam(String v) {
        urgentOnly = "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    public String getPageParam() {
        return page > 0 ? Integer.toString(page + 1) : null;
    }

    public void setPageParam(String v) {
        try {
            page = v == null
                    ? 0
                    : Math.max(0, Math.min(SearchRequest.MAX_WINDOW / PAGE_SIZE - 1, Integer.parseInt(v.strip()) - 1));
        } catch (NumberFormatException e) {
            page = 0;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSort() {
        return sort == null ? SortOrder.RELEVANCE.name() : sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isUrgentOnly() {
        return urgentOnly;
    }

    public void setUrgentOnly(boolean urgentOnly) {
        this.urgentOnly = urgentOnly;
    }

    public String getLike() {
        return like;
    }

    public void setLike(String like) {
        this.like = like == null || like.isBlank() ? null : like;
    }
}
