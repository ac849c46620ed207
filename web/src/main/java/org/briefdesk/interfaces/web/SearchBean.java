package org.briefdesk.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.briefdesk.application.search.MalformedQuery;
import org.briefdesk.application.search.SavedSearchService;
import org.briefdesk.application.search.SavedSearchView;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The archive search page (信息检索): one box in the search module's syntax, facets, highlights.
 * Every search is a GET of {@code search.xhtml} with its text, filters, sort and page in the URL
 * (the buttons redirect there), so a search can be bookmarked, shared and saved (保存的检索).
 */
@Named
@ViewScoped
public class SearchBean implements Serializable {

    static final int PAGE_SIZE = 20;
    /** Facet fields in the order the page shows them, with their Chinese names. */
    private static final Map<String, String> FACET_NAMES = Map.of(
            "unitKind", "单位类别", "unit", "报送单位", "column", "栏目", "status", "状态", "mustReport", "必报类型", "flag", "信息属性");

    private static final List<String> FACET_ORDER =
            List.of("column", "unitKind", "unit", "status", "mustReport", "flag");

    @Inject
    transient SearchService searchService;

    @Inject
    transient SavedSearchService savedSearches;

    @Inject
    CurrentUser currentUser;

    private String q;
    private LocalDate from;
    private LocalDate to;
    private String sort;
    private boolean urgentOnly;
    private String like;
    private final Map<String, Set<String>> selected = new HashMap<>();
    private int page;
    private String suggestion;
    private String saveName;
    private List<SavedSearchView> saved;
    private transient SearchResult result;

    /** On every GET: runs the search the URL describes, if it describes one. */
    public void load() {
        saved = savedSearches.mine(currentUser.getActor());
        if (q != null
                || sort != null
                || like != null
                || page > 0
                || urgentOnly
                || !selected.isEmpty()
                || from != null
                || to != null) {
            run();
        }
    }

    /** The search button: the same page with the form's criteria in the URL, first page. */
    public void search() {
        page = 0;
        like = null;
        Pages.redirect("/search.xhtml?" + queryString(true));
    }

    public void toggle(String field, String value) {
        Set<String> values = selected.computeIfAbsent(field, k -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            selected.remove(field);
        }
        search();
    }

    public boolean isSelected(String field, String value) {
        return selected.getOrDefault(field, Set.of()).contains(value);
    }

    public void next() {
        if (hasNext()) {
            page++;
            Pages.redirect("/search.xhtml?" + queryString(true));
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            Pages.redirect("/search.xhtml?" + queryString(true));
        }
    }

    private SearchService.Query query(int offset, int limit) {
        return new SearchService.Query(q, selected, urgentOnly, from, to, sortOrder(), offset, limit, like);
    }

    private SortOrder sortOrder() {
        try {
            return sort == null ? SortOrder.RELEVANCE : SortOrder.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return SortOrder.RELEVANCE;
        }
    }

    private void run() {
        suggestion = null;
        try {
            result = searchService.search(currentUser.getActor(), query(page * PAGE_SIZE, PAGE_SIZE));
        } catch (MalformedQuery e) {
            result = null;
            suggestion = e.suggestion();
            Pages.error(e);
        } catch (BusinessRuleViolation e) {
            result = null;
            Pages.error(e);
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
            Set<String> v = selected.get(field);
            param(j, field, v == null || v.isEmpty() ? null : String.join(",", v));
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

    public StreamedContent getXlsx() {
        byte[] file;
        try {
            file = searchService.export(currentUser.getActor(), query(0, PAGE_SIZE));
        } catch (BusinessRuleViolation e) {
            Pages.error(e.getMessage());
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("检索结果.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file))
                .build();
    }

    public void saveSearch() {
        try {
            savedSearches.save(currentUser.getActor(), saveName, queryString(false));
            saveName = null;
            saved = savedSearches.mine(currentUser.getActor());
            Pages.info("已保存，可在“我保存的检索”中再次打开");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    public void deleteSaved(long id) {
        try {
            savedSearches.delete(currentUser.getActor(), id);
        } catch (NotFound e) {
            Pages.error(e.getMessage());
        }
        saved = savedSearches.mine(currentUser.getActor());
    }

    public List<SavedSearchView> getSaved() {
        return saved == null ? List.of() : saved;
    }

    /** The link of "items like this one" for a hit: its title as the query, the hit itself left out. */
    public String likeUrl(SearchHit h) {
        return "search.xhtml?like=" + URLEncoder.encode(h.id(), StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(h.title(), StandardCharsets.UTF_8);
    }

    public String getSuggestionUrl() {
        return suggestion == null ? null : "search.xhtml?q=" + URLEncoder.encode(suggestion, StandardCharsets.UTF_8);
    }

    public String getSuggestion() {
        return suggestion;
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public boolean isSearched() {
        return result != null;
    }

    /** "创建文明城区、电动自行车": the variants searched besides what was typed. */
    public String getExpansions() {
        return result == null ? "" : String.join("、", result.expansions());
    }

    public boolean isRelaxed() {
        return result != null && result.relaxed() && like == null;
    }

    /** "约 340,000" when counted on a sample, "1,000+" when Lucene only counted a lower bound. */
    public String getTotal() {
        return result == null ? "" : total(result);
    }

    static String total(SearchResult r) {
        String n = String.format("%,d", r.totalHits());
        return r.estimated() ? "约 " + n : r.totalExact() ? n : n + "+";
    }

    public boolean hasNext() {
        return result != null && (long) (page + 1) * PAGE_SIZE < result.totalHits();
    }

    public int getPageNumber() {
        return page + 1;
    }

    public List<Facet> getFacets() {
        List<Facet> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        for (String field : FACET_ORDER) {
            List<FacetCount> counts = result.facets().getOrDefault(field, List.of());
            if (!counts.isEmpty()) {
                out.add(new Facet(
                        field,
                        FACET_NAMES.get(field),
                        counts.stream()
                                .limit(12)
                                .map(c -> new FacetValue(
                                        c.value(), label(field, c.value()), c.count(), result.estimated()))
                                .toList()));
            }
        }
        return out;
    }

    /** Facet values are stored as enum names; people read the Chinese labels. */
    static String label(String field, String value) {
        try {
            return switch (field) {
                case "unitKind" -> UnitKind.valueOf(value).getLabel();
                case "status" -> ItemStatus.valueOf(value).getLabel();
                case "mustReport" -> MustReportKind.valueOf(value).getLabel();
                case "flag" -> ItemFlags.Flag.valueOf(value).getLabel();
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    public record Facet(String field, String name, List<FacetValue> values) implements Serializable {}

    /** @param estimated counted on a sample of the archive (see {@link SearchResult#estimated()}) */
    public record FacetValue(String value, String label, int count, boolean estimated) implements Serializable {
        /** "1,234", or "约 3,400" for an estimate. */
        public String shown() {
            return (estimated ? "约 " : "") + String.format("%,d", count);
        }
    }

    // URL parameters (f:viewParam): facet values joined by commas, dates as 2026-11-20, page from 1.

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
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            Pages.error("日期格式应为 2026-11-20，已忽略：" + v);
            return null;
        }
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

    public String getSaveName() {
        return saveName;
    }

    public void setSaveName(String saveName) {
        this.saveName = saveName;
    }
}
