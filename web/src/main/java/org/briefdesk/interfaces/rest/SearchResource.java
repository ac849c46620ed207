package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;

/**
 * Archive search: the same syntax and the same per-role limits as the search page; {@code like=ID}
 * with the item's title as {@code q} lists items like that one. Chinese in the URL must be
 * percent-encoded ({@code curl -G --data-urlencode q=垃圾分类}).
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService searchService;

    @Inject
    CurrentUser currentUser;

    @GET
    public Results search(
            @QueryParam("q") @DefaultValue("") String q,
            @QueryParam("unit") List<String> units,
            @QueryParam("unitKind") List<String> unitKinds,
            @QueryParam("column") List<String> columns,
            @QueryParam("status") List<String> statuses,
            @QueryParam("mustReport") List<String> mustReport,
            @QueryParam("flag") List<String> flag,
            @QueryParam("urgent") @DefaultValue("false") String urgent,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("RELEVANCE") String sort,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("20") String limit,
            @QueryParam("like") String like) {
        Map<String, Set<String>> filters = new HashMap<>();
        filters.put("unit", Set.copyOf(units));
        filters.put("unitKind", Set.copyOf(unitKinds));
        filters.put("column", Set.copyOf(columns));
        filters.put("status", Set.copyOf(statuses));
        filters.put("mustReport", Set.copyOf(mustReport));
        filters.put("flag", Set.copyOf(flag));
        SearchResult r = searchService.search(
                currentUser.getActor(),
                new SearchService.Query(
                        q,
                        filters,
                        flag("urgent", urgent),
                        Dates.optional(from, "from"),
                        Dates.optional(to, "to"),
                        sortOrder(sort),
                        whole("offset", offset),
                        whole("limit", limit),
                        like));
        return new Results(
                r.totalHits(),
                r.totalExact(),
                r.estimated(),
                r.hits().stream()
                        .map(h -> new Hit(
                                h.id(),
                                h.score(),
                                h.title(),
                                h.titleHighlight(),
                                h.fragments(),
                                h.unit(),
                                h.date() == null ? null : h.date().toString()))
                        .toList(),
                r.facets(),
                r.expansions(),
                r.relaxed());
    }

    /**
     * A paging number as the client sent it: anything but a plain whole number (letters, fractions,
     * values beyond int) is a clear 400 here, not a 404 from the parameter converter.
     */
    private static int whole(String field, String value) {
        String v = value.strip();
        if (!v.matches("-?\\d{1,10}")) {
            throw new BusinessRuleViolation(field, "参数" + field + "须为整数");
        }
        long n = Long.parseLong(v);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new BusinessRuleViolation(field, "参数" + field + "超出范围");
        }
        return (int) n;
    }

    /** Only true or false: "yes" or "1" would otherwise be read silently as false. */
    private static boolean flag(String field, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BusinessRuleViolation(field, "参数" + field + "只能是 true 或 false");
        };
    }

    private static SortOrder sortOrder(String value) {
        try {
            return SortOrder.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("sort", "排序只能是 RELEVANCE、DATE_DESC 或 DATE_ASC");
        }
    }

    /**
     * @param totalExact false when {@code total} is a lower bound or an estimate
     * @param estimated {@code total} and the facet counts were counted on a sample of the archive and
     *     scaled (two significant digits): the query matches a large part of it
     * @param expansions variants searched besides the query (也搜索了)
     * @param relaxed true when no item has every word and these have most of them
     */
    public record Results(
            long total,
            boolean totalExact,
            boolean estimated,
            List<Hit> hits,
            Map<String, List<FacetCount>> facets,
            List<String> expansions,
            boolean relaxed) {}

    public record Hit(
            String id,
            float score,
            String title,
            String titleHighlight,
            List<String> fragments,
            String unit,
            String date) {}
}
