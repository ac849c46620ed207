package org.briefdesk.interfaces.web.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.SearchResult;

/** The facets beside the hits (分面), in the page's order, with Chinese names and labels. */
final class SearchFacets {

    private static final Map<String, String> FACET_NAMES = Map.of(
            "unitKind", "单位类别", "unit", "报送单位", "column", "栏目", "status", "状态", "mustReport", "必报类型", "flag", "信息属性");

    private SearchFacets() {}

    static List<Facet> of(SearchResult result) {
        List<Facet> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        for (String field : SearchCriteria.FACET_ORDER) {
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
}
