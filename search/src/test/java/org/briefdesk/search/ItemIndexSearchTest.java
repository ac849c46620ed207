package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.search.document.ItemFields;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.QuerySyntaxException;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ItemIndexSearchTest {
    @RegisterExtension
    static final TestIndex archive = TestIndex.archive();

    static List<String> ids(String q) throws IOException {
        return archive.index().search(SearchRequest.of(q)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    static SearchHit only(String q) throws IOException {
        List<SearchHit> h = archive.index().search(SearchRequest.of(q)).hits();
        assertEquals(1, h.size(), q + " → " + h);
        return h.get(0);
    }

    @Test
    void highlightMarksExactlyTheMatchedCharactersAcrossNewlinesAndFullWidthText() throws IOException {
        SearchHit h = only("\"桶前值守\" 志愿者");
        String all = String.join("|", h.fragments());
        assertTrue(all.contains("社区组织３０名<em>志愿者</em>在12个垃圾分类驿站开展<em>桶前值守</em>"), all);
        assertTrue(h.titleHighlight().equals("学院路街道扎实推进垃圾分类工作"), h.titleHighlight());
        // every <em> encloses text that really is in the body at that place
        for (String f : h.fragments()) {
            String plain = f.replace("<em>", "").replace("</em>", "");
            assertTrue(Items.GARBAGE.body().contains(plain.strip()), plain);
        }
    }

    @Test
    void phraseAcrossANewlineDoesNotShiftTheHighlight() throws IOException {
        SearchHit h = only("\"下一步\"");
        assertTrue(
                h.fragments().stream().anyMatch(f -> f.contains("<em>下一步</em>，街道将持续巩固")),
                h.fragments().toString());
    }

    @Test
    void simplifiedQueryFindsAndMarksTraditionalText() throws IOException {
        SearchHit h = only("东城区");
        assertEquals("103", h.id());
        assertTrue(
                h.fragments().stream().anyMatch(f -> f.contains("<em>東城區</em>")),
                h.fragments().toString());
    }

    @Test
    void titleHighlightWrapsOnlyTheMatchedWord() throws IOException {
        SearchHit h = only("标题:垃圾分类");
        assertEquals("学院路街道扎实推进<em>垃圾分类</em>工作", h.titleHighlight());
    }

    @Test
    void synonymQueryFindsAndHighlightsTheOtherForm() throws IOException {
        List<String> ids = ids("创城");
        assertTrue(ids.containsAll(List.of("101", "104")), ids.toString());
        SearchHit campaign =
                archive.index().search(SearchRequest.of("标题:创城")).hits().get(0);
        assertEquals("海淀街道巩固<em>创建文明城区</em>成果", campaign.titleHighlight());
    }

    @Test
    void chineseAndEnglishFieldPrefixesWork() throws IOException {
        assertEquals(List.of("102"), ids("标题:文明交通"));
        assertEquals(List.of("102"), ids("title:文明交通"));
        assertEquals(List.of("102"), ids("标题：文明交通"));
        assertEquals(List.of("103"), ids("单位:区城管委"));
        assertEquals(List.of("102"), ids("栏目:典型案例"));
        assertTrue(ids("正文:志愿者").containsAll(List.of("101", "102")));
    }

    @Test
    void booleanOperatorsAndPhrasesCombine() throws IOException {
        assertEquals(List.of("101"), ids("志愿者 AND 垃圾分类"));
        assertEquals(2, ids("垃圾分类 OR 文明引导").size());
        assertEquals(List.of("102"), ids("志愿者 NOT 垃圾分类"));
        assertEquals(List.of("102"), ids("志愿者 -垃圾分类"));
        assertEquals(List.of("103"), ids("“吹哨报到”"));
        assertEquals(List.of(), ids("\"垃圾 交通\""));
    }

    @Test
    void wordsOfOneQueryMayMatchTitleAndBodySeparately() throws IOException {
        // 学院路街道 is in the title, 厨余 in the body
        assertEquals(List.of("101"), ids("学院路街道厨余"));
    }

    @Test
    void malformedQueriesGiveAClearError() {
        for (String bad : List.of("\"垃圾分类", "标题:(垃圾 OR", "未知字段:垃圾", "AND", "垃圾分类 AND (")) {
            QuerySyntaxException e = assertThrows(
                    QuerySyntaxException.class, () -> archive.index().search(SearchRequest.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("检索式有误："), e.getMessage());
            assertFalse(e.getMessage().matches(".*[A-Za-z]{4,}.*"), "no English in the message: " + e.getMessage());
            assertEquals(bad, e.query());
        }
    }

    @Test
    void slashAndFullWidthPunctuationAreNotSyntax() throws IOException {
        archive.index().search(SearchRequest.of("2024/05 垃圾分类！"));
        assertEquals(List.of(), ids("，。"));
    }

    @Test
    void filtersRestrictByUnitKindColumnStatusUrgencyAndDate() throws IOException {
        assertEquals(List.of("103"), ids(SearchRequest.builder().unitKinds("部门").build()));
        assertEquals(List.of("102"), ids(SearchRequest.builder().urgent(true).build()));
        assertEquals(List.of("102"), ids(SearchRequest.builder().columns("典型案例").build()));
        assertEquals(
                List.of("101"),
                ids(SearchRequest.builder().mustReportKinds("特色做法").build()));
        assertEquals(
                2, ids(SearchRequest.builder().statuses("ACCEPTED").build()).size());
        assertEquals(
                List.of("101", "102"),
                ids(SearchRequest.builder()
                        .dateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))
                        .sort(SortOrder.DATE_ASC)
                        .build()));
        assertEquals(
                List.of("102"),
                ids(SearchRequest.builder().query("志愿者").units("中关村街道").build()));
    }

    @Test
    void facetsCountMatchingItemsPerField() throws IOException {
        SearchResult r =
                archive.index().search(SearchRequest.builder().query("").build());
        assertEquals(4, r.totalHits());
        Map<String, Integer> kinds =
                r.facets().get("unitKind").stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertEquals(Map.of("街乡镇", 3, "部门", 1), kinds);
        Map<String, Integer> cols =
                r.facets().get("column").stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertEquals(Map.of("工作动态", 3, "典型案例", 1, "经验交流", 1), cols);
        SearchResult f =
                archive.index().search(SearchRequest.builder().query("志愿者").build());
        assertEquals(
                List.of(new FacetCount("false", 1), new FacetCount("true", 1)),
                f.facets().get("urgent"));
    }

    @Test
    void aSearchThatFindsNothingListsEveryFacetFieldWithoutValues() throws IOException {
        SearchResult r =
                archive.index().search(SearchRequest.builder().query("火星基地").build());
        assertEquals(0, r.totalHits());
        assertTrue(r.totalExact());
        assertEquals(ItemFields.FACET_FIELDS, List.copyOf(r.facets().keySet()));
        assertTrue(
                r.facets().values().stream().allMatch(List::isEmpty), r.facets().toString());
    }

    @Test
    void sortsByDateAndPages() throws IOException {
        List<String> desc =
                ids(SearchRequest.builder().sort(SortOrder.DATE_DESC).build());
        assertEquals(List.of("104", "103", "102", "101"), desc);
        assertEquals(
                List.of("102", "101"),
                ids(SearchRequest.builder().sort(SortOrder.DATE_DESC).page(2, 2).build()));
        assertEquals(
                List.of(),
                ids(SearchRequest.builder()
                        .sort(SortOrder.DATE_DESC)
                        .page(10, 2)
                        .build()));
    }

    private static List<String> ids(SearchRequest r) throws IOException {
        return archive.index().search(r).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void emptyQueryMatchesEverythingAndNoWordsMatchNothing() throws IOException {
        assertEquals(4, archive.index().search(SearchRequest.of("  ")).totalHits());
        assertFalse(archive.index().search(SearchRequest.of("不存在的词语组合甲乙丙")).totalHits() > 0);
    }
}
