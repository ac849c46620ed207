package org.briefdesk.interfaces.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefdesk.search.query.SearchResult;
import org.junit.jupiter.api.Test;

/** The result count says honestly whether it is exact, a lower bound or an estimate from a sample. */
class SearchTotalTest {
    private static SearchResult result(long total, boolean exact, boolean estimated) {
        return new SearchResult(total, exact, estimated, List.of(), Map.of(), 0, List.of(), false);
    }

    @Test
    void anExactCountIsShownAsItIs() {
        assertEquals("1,234", SearchBean.total(result(1_234, true, false)));
    }

    @Test
    void aLowerBoundGetsAPlus() {
        assertEquals("1,000+", SearchBean.total(result(1_000, false, false)));
    }

    @Test
    void aCountFromASampleIsAnEstimate() {
        assertEquals("约 340,000", SearchBean.total(result(340_000, false, true)));
        assertEquals("约 3,400", new SearchFacets.FacetValue("学院路街道", "学院路街道", 3_400, true).shown());
        assertEquals("12", new SearchFacets.FacetValue("学院路街道", "学院路街道", 12, false).shown());
    }
}
