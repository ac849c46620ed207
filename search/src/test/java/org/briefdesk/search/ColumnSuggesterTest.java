package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.ColumnSuggester.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Column suggestions: the nearest tagged items vote, untagged ones and the item itself never do. */
class ColumnSuggesterTest {

    static ItemIndex index;

    private static ItemDocument item(String id, String title, String body, String... columns) {
        return ItemDocument.builder(id)
                .title(title)
                .body(body)
                .columns(List.of(columns))
                .status("ACCEPTED")
                .build();
    }

    @BeforeAll
    static void load() throws IOException {
        index = Items.memoryIndex(0);
        List<ItemDocument> docs = List.of(
                item("1", "学院路街道开展垃圾分类桶前值守", "学院路街道组织志愿者在垃圾分类驿站桶前值守，指导居民分类投放厨余垃圾。", "工作动态"),
                item("2", "清河街道推进垃圾分类入户宣传", "清河街道志愿者入户宣传垃圾分类，发放厨余垃圾分类指导手册。", "工作动态"),
                item("3", "海淀街道垃圾分类“积分兑换”做法", "海淀街道推出垃圾分类积分兑换，居民正确投放厨余垃圾可积分，形成可推广的经验做法。", "经验交流"),
                item("4", "居民反映小区停车难问题突出", "多名居民反映老旧小区停车难，夜间占用消防通道，建议增设停车位。", "问题与建议"),
                item("5", "马连洼街道垃圾分类驿站建设", "马连洼街道新建垃圾分类驿站12个，志愿者桶前值守指导厨余垃圾投放。"));
        long seq = 0;
        for (ItemDocument d : docs) {
            index.index(d, ++seq);
        }
        index.commit(seq);
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aNewGarbageSortingReportIsSuggestedWorkUpdatesBecauseItsTaggedNeighboursSaySo() throws IOException {
        ItemDocument fresh = item("9", "西三旗街道垃圾分类桶前值守见成效", "西三旗街道志愿者坚持桶前值守，指导居民分类投放厨余垃圾，分类准确率明显提高。");
        List<Suggestion> s = index.suggestColumns(fresh, Set.of());

        assertEquals("工作动态", s.get(0).column());
        assertTrue(s.get(0).share() > 0.5, "share " + s.get(0).share());
        List<String> voters = s.get(0).voters().stream().map(v -> v.id()).toList();
        assertTrue(voters.contains("1") && voters.contains("2"), "the voters are the reason: " + voters);
        assertFalse(
                s.stream().flatMap(x -> x.voters().stream()).anyMatch(v -> v.id().equals("5")),
                "untagged items never vote");
    }

    @Test
    void anIndexedItemNeverVotesForItselfAndOnlyOfferedColumnsAreSuggested() throws IOException {
        ItemDocument parking = item("4", "居民反映小区停车难问题突出", "多名居民反映老旧小区停车难，夜间占用消防通道，建议增设停车位。");
        assertTrue(index.suggestColumns(parking, Set.of()).stream()
                .flatMap(x -> x.voters().stream())
                .noneMatch(v -> v.id().equals("4")));

        ItemDocument fresh = item("10", "垃圾分类桶前值守", "志愿者桶前值守，指导居民分类投放厨余垃圾。");
        List<Suggestion> s = index.suggestColumns(fresh, Set.of("经验交流"));
        assertEquals(List.of("经验交流"), s.stream().map(Suggestion::column).toList(), "a retired 工作动态 is not offered");
    }
}
