package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 11: people search with what they remember — fragments, phrases, short names, variants. */
class RememberedTextSearchTest {
    static final ItemDocument OLD_REPORT = ItemDocument.builder("201")
            .title("紫竹院街道开展燃气安全检查")
            .body("紫竹院街道联合燃气公司对辖区餐饮商户开展燃气泄漏隐患排查，发现问题12处，已全部整改。")
            .unit("紫竹院街道")
            .unitKind("街乡镇")
            .columns(List.of("工作动态"))
            .status("ACCEPTED")
            .date(LocalDate.of(2023, 3, 1))
            .build();

    static final ItemDocument NEW_REPORT = ItemDocument.builder("202")
            .title("甘家口街道开展燃气安全检查")
            .body("甘家口街道联合燃气公司对辖区餐饮商户开展燃气泄漏隐患排查，发现问题12处，已全部整改。")
            .unit("甘家口街道")
            .unitKind("街乡镇")
            .columns(List.of("工作动态"))
            .status("ACCEPTED")
            .date(LocalDate.of(2024, 3, 1))
            .build();

    static final ItemDocument YEAR = ItemDocument.builder("203")
            .title("社区档案整理")
            .body("整理二○○一年以来的居民档案，电动自行车登记信息同步更新。")
            .unit("北下关街道")
            .status("ACCEPTED")
            .date(LocalDate.of(2024, 1, 5))
            .build();

    @RegisterExtension
    static final TestIndex archive = TestIndex.archive(OLD_REPORT, NEW_REPORT, YEAR);

    static SearchResult search(String q) throws IOException {
        return archive.index().search(SearchRequest.of(q));
    }

    static List<String> ids(String q) throws IOException {
        return search(q).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aFragmentCutMidWordFindsItsItem() throws IOException {
        assertEquals("101", ids("圾分类桶前值").get(0));
        assertEquals("103", ids("诉即办向未诉先").get(0));
        assertEquals("102", ids("人闯红灯现象明显下").get(0));
    }

    @Test
    void aQuotedPhraseMatchesOnlyThatVeryText() throws IOException {
        assertEquals(List.of("101"), ids("\"桶前值守活动\""));
        assertEquals(List.of(), ids("\"值守桶前\""));
    }

    @Test
    void highlightsMarkTheFragmentExactly() throws IOException {
        SearchHit h = search("\"桶前值守活动\"").hits().get(0);
        assertTrue(
                String.join("|", h.fragments()).contains("<em>桶前值守活动</em>"),
                h.fragments().toString());
    }

    @Test
    void theShortNameOfAUnitFindsItAndNotExcludesIt() throws IOException {
        assertTrue(ids("紫竹院").contains("201"));
        assertTrue(ids("甘家口").contains("202"));
        List<String> notZizhuyuan = ids("燃气 NOT 紫竹院");
        assertEquals(List.of("202"), notZizhuyuan);
    }

    @Test
    void ofTwoEquallyGoodItemsTheMoreRecentComesFirst() throws IOException {
        assertEquals(List.of("202", "201"), ids("燃气泄漏隐患排查"));
    }

    @Test
    void aMiswritingAlsoSearchesTheCorrectWordAndSaysSo() throws IOException {
        SearchResult r = search("燃气泄露");
        assertTrue(r.expansions().contains("燃气泄漏"), r.expansions().toString());
        assertEquals(2, r.totalHits());
        SearchResult e = search("电动车");
        assertEquals(List.of("203"), e.hits().stream().map(SearchHit::id).toList());
        assertTrue(e.expansions().contains("电动自行车"), e.expansions().toString());
    }

    @Test
    void aQueryWhoseWordsAreNeverAllTogetherRelaxesInsteadOfFindingNothing() throws IOException {
        SearchResult r = search("垃圾分类 桶前值守 火星基地");
        assertTrue(r.relaxed());
        assertEquals("101", r.hits().get(0).id());
        SearchResult strict = search("垃圾分类 桶前值守");
        assertFalse(strict.relaxed());
    }

    @Test
    void aRelaxedQueryKeepsEachStretchWholeNeverMatchingOnOneOfItsWords() throws IOException {
        // 学院路街道 and 中关村街道 are never in one item: the items with either unit, not every item
        // that mentions some 街道.
        SearchResult r = search("学院路街道 中关村街道");
        assertTrue(r.relaxed());
        assertEquals(Set.of("101", "102"), r.hits().stream().map(SearchHit::id).collect(Collectors.toSet()));
    }

    @Test
    void aQueryNoneOfWhoseStretchesIsFoundWholeRelaxesOverItsWords() throws IOException {
        SearchResult r = search("学院路街道火星 中关村街道月球");
        assertTrue(r.relaxed());
        List<String> ids = r.hits().stream().map(SearchHit::id).toList();
        assertTrue(ids.containsAll(List.of("101", "102")), ids.toString());
    }

    @Test
    void explicitSyntaxIsNeverRelaxed() throws IOException {
        assertEquals(0, search("垃圾分类 AND 火星基地").totalHits());
    }

    @Test
    void itemsLikeOneAreFoundByItsTitleWithoutTheItemItself() throws IOException {
        SearchResult r = archive.index()
                .search(SearchRequest.builder()
                        .query(OLD_REPORT.title())
                        .likeItem("201")
                        .build());
        assertEquals("202", r.hits().get(0).id());
        assertFalse(r.hits().stream().anyMatch(h -> h.id().equals("201")));
        SearchResult quoted = archive.index()
                .search(SearchRequest.builder()
                        .query("紫竹院街道开展“燃气安全”检查")
                        .likeItem("201")
                        .build());
        assertEquals("202", quoted.hits().get(0).id(), "a title with “quotes” is words, not an exact phrase");
    }

    @Test
    void aCircleUsedAsZeroInAYearIsSearchable() throws IOException {
        assertEquals(List.of("203"), ids("二〇〇一年"));
        assertEquals(List.of("203"), ids("二○○一年"));
    }

    @Test
    void simplifiedCharactersAreNeverAlteredAndTraditionalOnesFold() throws IOException {
        assertEquals(List.of("103"), ids("东城区"));
        assertEquals(List.of("103"), ids("東城區"));
    }
}
