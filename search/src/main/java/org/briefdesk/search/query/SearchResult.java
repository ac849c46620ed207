package org.briefdesk.search.query;

import java.util.List;
import java.util.Map;

/**
 * @param totalHits number of matching items; a lower bound when {@code totalExact} is false (show
 *     "1,000+")
 * @param facets per facet field (see {@code ItemFields.FACET_FIELDS}), values by descending count
 * @param expansions variants searched in addition to what was typed (show "也搜索了：…")
 * @param relaxed true when no item had every word, and these are the items with most of them
 */
public record SearchResult(
        long totalHits,
        boolean totalExact,
        List<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        long tookMicros,
        List<String> expansions,
        boolean relaxed) {

    public SearchResult {
        expansions = List.copyOf(expansions);
    }

    /** A result without expansions, strictly matched. */
    public SearchResult(
            long totalHits,
            boolean totalExact,
            List<SearchHit> hits,
            Map<String, List<FacetCount>> facets,
            long tookMicros) {
        this(totalHits, totalExact, hits, facets, tookMicros, List.of(), false);
    }
}
