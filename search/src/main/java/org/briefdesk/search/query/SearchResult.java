package org.briefdesk.search.query;

import java.util.List;
import java.util.Map;

/**
 * @param totalHits number of matching items: exact, a lower bound when {@code totalExact} is false
 *     (show "1,000+"), or an estimate when {@code estimated} is true
 * @param estimated the total and the facet counts were counted on an evenly spread sample of the
 *     archive and scaled (to two significant digits): show "约 N". Only queries matching a large part
 *     of the archive are estimated; narrowing the search makes the counts exact again.
 * @param facets per facet field (see {@code ItemFields.FACET_FIELDS}), values by descending count
 * @param expansions variants searched in addition to what was typed (show "也搜索了：…")
 * @param relaxed true when no item had every word, and these are the items with most of them
 */
public record SearchResult(
        long totalHits,
        boolean totalExact,
        boolean estimated,
        List<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        long tookMicros,
        List<String> expansions,
        boolean relaxed) {

    public SearchResult {
        expansions = List.copyOf(expansions);
    }

    /** A result without expansions, strictly matched, counted exactly or to a lower bound. */
    public SearchResult(
            long totalHits,
            boolean totalExact,
            List<SearchHit> hits,
            Map<String, List<FacetCount>> facets,
            long tookMicros) {
        this(totalHits, totalExact, false, hits, facets, tookMicros, List.of(), false);
    }
}
