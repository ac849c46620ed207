package org.briefdesk.search.query;

import java.util.List;
import java.util.Map;

/**
 * @param totalHits number of matching items; a lower bound when {@code totalExact} is false (show
 *     "1,000+")
 * @param facets per facet field (see {@code ItemFields.FACET_FIELDS}), values by descending count
 */
public record SearchResult(
    long totalHits, boolean totalExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets, long tookMicros) {}
