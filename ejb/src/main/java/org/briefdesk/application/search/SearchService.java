package org.briefdesk.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.search.query.QuerySyntaxException;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;

/**
 * The archive search (信息检索) with each role's limits: officers search only their own unit's
 * items, leaders only what the office accepted, editors everything that reached the office
 * (the items' one visibility rule, {@link Actor#canRead}).
 */
@Stateless
public class SearchService {

    public static final int MAX_PAGE = 100;
    /** Rows of an XLSX export: a list to file or forward, not a copy of the archive. */
    public static final int MAX_EXPORT = 1000;

    @Inject
    ArchiveSearch index;

    @Inject
    UnitRepository units;

    @Inject
    SearchResultDocuments documents;

    public SearchResult search(Actor actor, Query q) {
        if (q.limit() < 1 || q.limit() > MAX_PAGE) {
            throw new BusinessRuleViolation("limit", "每页条数须在1到" + MAX_PAGE + "之间");
        }
        if (q.offset() < 0 || (long) q.offset() + q.limit() > SearchRequest.MAX_WINDOW) {
            throw new BusinessRuleViolation("offset", "只能查看前" + SearchRequest.MAX_WINDOW + "条结果，请缩小检索范围");
        }
        return run(actor, q, q.offset(), q.limit(), true);
    }

    /**
     * The first {@value #MAX_EXPORT} results of a search, without highlights, as an XLSX workbook
     * headed by the query and its filters (检索结果导出).
     */
    public byte[] export(Actor actor, Query q) {
        SearchResult r = run(actor, q, 0, MAX_EXPORT, false);
        StringBuilder heading = new StringBuilder("信息检索");
        if (q.text() != null && !q.text().isBlank()) {
            heading.append("：").append(q.text().strip());
        }
        if (q.filters() != null) {
            q.filters().forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    heading.append("；").append(String.join("、", v));
                }
            });
        }
        if (q.from() != null || q.to() != null) {
            heading.append("；")
                    .append(q.from() == null ? "" : q.from())
                    .append("至")
                    .append(q.to() == null ? "" : q.to());
        }
        heading.append("（共")
                .append(r.totalHits())
                .append("条")
                .append(r.totalHits() > MAX_EXPORT ? "，导出前" + MAX_EXPORT + "条" : "")
                .append("）");
        return documents.workbook(heading.toString(), r);
    }

    private SearchResult run(Actor actor, Query q, int offset, int limit, boolean page) {
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw new BusinessRuleViolation("from", "起始日期不能晚于结束日期");
        }
        SearchRequest.Builder b = SearchRequest.builder()
                .query(q.text() == null ? "" : q.text().strip())
                .dateRange(q.from(), q.to())
                .sort(q.sort() == null ? SortOrder.RELEVANCE : q.sort())
                .page(offset, limit)
                .facets(page)
                .highlight(page)
                .fragments(2)
                .likeItem(
                        q.likeItem() == null || q.likeItem().isBlank()
                                ? null
                                : q.likeItem().strip());
        filter(q.filters(), "unitKind", b::unitKinds);
        filter(q.filters(), "column", b::columns);
        filter(q.filters(), "mustReport", b::mustReportKinds);
        filter(q.filters(), "flag", b::flags);
        filter(q.filters(), "unit", b::units);
        if (q.urgentOnly()) {
            b.urgent(true);
        }
        if (actor.is(Role.OFFICER)) {
            String own = units.find(actor.unitId()).orElseThrow().getShortName();
            Set<String> asked = q.filters() == null ? Set.of() : q.filters().getOrDefault("unit", Set.of());
            if (!asked.isEmpty() && !asked.contains(own)) {
                return new SearchResult(0, true, List.of(), Map.of(), 0);
            }
            b.units(own);
        }
        // Hits obey the items' visibility rule (Actor.canRead): outside their own unit's items, nobody
        // finds a draft, and leaders find only accepted items. A status filter can only narrow that.
        Set<String> asked = q.filters() == null ? Set.of() : q.filters().getOrDefault("status", Set.of());
        List<String> statuses = Arrays.stream(ItemStatus.values())
                .filter(s -> actor.is(Role.OFFICER)
                        || (actor.is(Role.LEADER) ? Actor.readableByLeaders(s) : s.reachedOffice()))
                .map(Enum::name)
                .filter(s -> asked.isEmpty() || asked.contains(s))
                .toList();
        if (statuses.isEmpty()) {
            return new SearchResult(0, true, List.of(), Map.of(), 0);
        }
        if (!asked.isEmpty() || !actor.is(Role.OFFICER)) {
            b.statuses(statuses.toArray(String[]::new));
        }
        try {
            return index.search(b.build());
        } catch (QuerySyntaxException e) {
            throw new MalformedQuery(
                    e.getMessage()
                            + (e.suggestion() == null ? "" : "。可改为：" + e.suggestion())
                            + "。短语请用双引号，如 \"垃圾分类\"；组合用 AND、OR、NOT；字段如 标题:创城",
                    e.suggestion());
        }
    }

    private static void filter(Map<String, Set<String>> filters, String key, Consumer<String[]> set) {
        Set<String> values = filters == null ? null : filters.get(key);
        if (values != null && !values.isEmpty()) {
            set.accept(values.toArray(String[]::new));
        }
    }

    /**
     * One search: text in the search module's syntax, filters by facet field (unit, unitKind, column,
     * status, mustReport), an optional date range, sort and page; with {@code likeItem} (an item id),
     * "items like this one": the text is that item's title, relaxed, the item itself left out.
     */
    public record Query(
            String text,
            Map<String, Set<String>> filters,
            boolean urgentOnly,
            LocalDate from,
            LocalDate to,
            SortOrder sort,
            int offset,
            int limit,
            String likeItem) {

        public Query(
                String text,
                Map<String, Set<String>> filters,
                boolean urgentOnly,
                LocalDate from,
                LocalDate to,
                SortOrder sort,
                int offset,
                int limit) {
            this(text, filters, urgentOnly, from, to, sort, offset, limit, null);
        }
    }
}
