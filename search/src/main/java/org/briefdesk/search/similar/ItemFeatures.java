package org.briefdesk.search.similar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Everything the similarity code needs about one item, computed once at indexing time (and stored
 * in the index) or on the fly for an item that is not indexed.
 *
 * @param signature MinHash signature of the shingles ({@link MinHash}); empty when not known
 * @param termVector top terms with their frequency in title + body (stop words and single
 *     characters removed); weighted by idf at comparison time
 * @param entities names, places, units, numbers and dates mentioned
 */
public record ItemFeatures(
        String id,
        TextShingles shingles,
        int[] signature,
        String[] bandKeys,
        String fingerprint,
        Map<String, Integer> termVector,
        Set<String> entities,
        LocalDate date,
        String unit) {}
