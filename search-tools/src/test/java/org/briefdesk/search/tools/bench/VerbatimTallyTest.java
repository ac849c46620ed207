package org.briefdesk.search.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The relevance report's split of stretch queries by the number of items carrying the stretch word for word. */
class VerbatimTallyTest {
    @Test
    void aStretchOnlyItsSourceCarriesCountsAsUniqueAndUnambiguous() {
        VerbatimTally t = new VerbatimTally(10);
        t.add(1, 1, false);
        t.add(1, 0, false);
        assertEquals(2, t.unique());
        assertEquals(0.5, t.uniqueFound());
        assertEquals(0, t.shared());
        assertEquals(2, t.few());
        assertEquals(0.5, t.fewFound());
        assertTrue(Double.isNaN(t.manyBest()), "no ambiguous stretch: nothing to count");
    }

    @Test
    void chanceForAStretchSharedByTwentyItemsIsTenInTwenty() {
        VerbatimTally t = new VerbatimTally(10);
        t.add(20, 0, true);
        t.add(5, 1, false);
        assertEquals(2, t.shared());
        assertEquals((0.5 + 1.0) / 2, t.sharedChance());
        assertEquals(0.5, t.sharedFound());
        assertEquals(1, t.many());
        assertEquals(1.0, t.manyBest(), "a top 10 made only of carriers is the best any ranker can do");
        assertEquals(1, t.few());
        assertEquals(1.0, t.fewFound());
    }

    @Test
    void elevenCarriersAreAmbiguousTenAreNot() {
        VerbatimTally t = new VerbatimTally(10);
        t.add(VerbatimTally.AMBIGUOUS_ITEMS, 1, false);
        t.add(VerbatimTally.AMBIGUOUS_ITEMS + 1, 1, false);
        assertEquals(1, t.few());
        assertEquals(1, t.many());
        assertEquals(0.0, t.manyBest());
    }
}
