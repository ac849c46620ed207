package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

/**
 * The "约" total of a search counted on a sample: the sample's estimate, raised to what the first pass
 * saw, and the same on every run of the same search.
 */
class EstimatedTotalTest {
    private static TotalHits exactly(long n) {
        return new TotalHits(n, TotalHits.Relation.EQUAL_TO);
    }

    private static TotalHits atLeast(long n) {
        return new TotalHits(n, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
    }

    @Test
    void aSampleThatMissedARareQuerysFewMatchesShowsTheMatchesTheFirstPassCounted() {
        assertEquals(37, ItemSearcher.estimatedTotal(0, exactly(37), 10));
    }

    @Test
    void aSampleEstimateAboveWhatTheFirstPassSawIsShownAsItIs() {
        assertEquals(560_000, ItemSearcher.estimatedTotal(560_000, atLeast(1_234), 10));
    }

    @Test
    void whereTheFirstPassStoppedCountingDoesNotChangeTheTotal() {
        // two runs of one search: the parallel slices stopped counting at 1,234 and at 1,517 matches
        long first = ItemSearcher.estimatedTotal(900, atLeast(1_234), 10);
        long second = ItemSearcher.estimatedTotal(900, atLeast(1_517), 10);
        assertEquals(first, second);
        assertEquals(ItemSearcher.COUNTED_BEFORE_SKIPPING, first, "the first pass saw at least its threshold");
    }

    @Test
    void aDeepPageRaisesTheCountedLowerBoundToTheHitsItAskedFor() {
        assertEquals(2_000, ItemSearcher.estimatedTotal(900, atLeast(2_345), 2_000));
    }
}
