package org.briefdesk.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;

/** The archive search page (信息检索): one box in the search module's syntax, facets, highlights. */
@Named
@ViewScoped
public class SearchBean implements Serializable {

    static final int PAGE_SIZE = 20;
    /** Facet fields in the order the page shows them, with their Chinese names. */
    private static final Map<String, String> FACET_NAMES = Map.of(
            "unitKind", "单位类别", "unit", "报送单位", "column", "栏目", "status", "状态", "mustReport", "必报类型");
    private static final List<String> FACET_ORDER = List.of("column", "unitKind", "unit", "status", "mustReport");

    @Inject
    transient SearchService searchService;

    @Inject
    CurrentUser currentUser;

    private String q = "";
    private LocalDate from;
    private LocalDate to;
    private String sort = "RELEVANCE";
    private boolean urgentOnly;
    private final Map<String, Set<String>> selected = new HashMap<>();
    private int page;
    private transient SearchResult result;

    public void search() {
        page = 0;
        run();
    }

    public void toggle(String field, String value) {
        Set<String> values = selected.computeIfAbsent(field, k -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        search();
    }

    public boolean isSelected(String field, String value) {
        return selected.getOrDefault(field, Set.of()).contains(value);
    }

    public void next() {
        if (hasNext()) {
            page++;
            run();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            run();
        }
    }

    private void run() {
        try {
            result = searchService.search(currentUser.getActor(), new SearchService.Query(q, selected, urgentOnly,
                    from, to, SortOrder.valueOf(sort), page * PAGE_SIZE, PAGE_SIZE));
        } catch (BusinessRuleViolation e) {
            result = null;
            Pages.error(e);
        }
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public boolean isSearched() {
        return result != null;
    }

    /** "1,000+" when Lucene only counted a lower bound. */
    public String getTotal() {
        if (result == null) {
            return "";
        }
        return String.format("%,d", result.totalHits()) + (result.totalExact() ? "" : "+");
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
                out.add(new Facet(field, FACET_NAMES.get(field), counts.stream().limit(12)
                        .map(c -> new FacetValue(c.value(), label(field, c.value()), c.count())).toList()));
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
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    public record Facet(String field, String name, List<FacetValue> values) implements Serializable {
    }

    public record FacetValue(String value, String label, int count) implements Serializable {
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
        return sort;
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
}
