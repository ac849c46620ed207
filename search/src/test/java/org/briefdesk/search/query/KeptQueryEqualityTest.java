package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.Test;

/**
 * The queries that read kept items ({@link KeptPhrase}, {@link StretchSetCache#cached}) are equal by what
 * they match and score, never by the cache instance that keeps the items: two searches' copies of the
 * same query are the same query (as Lucene's caches and rewrites expect).
 */
class KeptQueryEqualityTest {
    private static final PhraseQuery VOLUNTEER = new PhraseQuery(ItemFields.TITLE_GRAMS, "志愿", "愿服", "服务");
    private static final PhraseQuery ALLEY = new PhraseQuery(ItemFields.TITLE_GRAMS, "背街", "街小", "小巷");

    @Test
    void aKeptPhraseEqualsTheSamePhraseKeptInAnotherCache() {
        Query a = new KeptPhrase(VOLUNTEER, new StretchSetCache());
        Query b = new KeptPhrase(new PhraseQuery(ItemFields.TITLE_GRAMS, "志愿", "愿服", "服务"), new StretchSetCache());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void keptPhrasesOfDifferentPhrasesDifferEvenInOneCache() {
        StretchSetCache cache = new StretchSetCache();
        assertNotEquals(new KeptPhrase(VOLUNTEER, cache), new KeptPhrase(ALLEY, cache));
        assertNotEquals(new KeptPhrase(VOLUNTEER, cache), VOLUNTEER);
    }

    @Test
    void aCachedFilterEqualsTheSameFilterCachedElsewhereAndDiffersFromAnother() {
        Query a = new StretchSetCache().cached(VOLUNTEER);
        Query b = new StretchSetCache().cached(new PhraseQuery(ItemFields.TITLE_GRAMS, "志愿", "愿服", "服务"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new StretchSetCache().cached(ALLEY));
        assertNotEquals(a, VOLUNTEER);
    }
}
