package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.briefdesk.search.TestIndex;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The highlighter asks one weight per search for each hit's matches; its marks must be exactly those
 * of Lucene's own weight-matches highlighter, which builds a weight per hit and field.
 */
class ItemHighlighterTest {
    @RegisterExtension
    static final TestIndex archive = TestIndex.archive(ItemDocument.builder("301")
            .title("北下关街道推进创城工作")
            .body("北下关街道召开创建文明城区推进会。会上，各社区汇报了背街小巷整治、垃圾分类桶前值守和"
                    + "电动自行车停放治理的进展。\n下一步，街道将听取群众意见。为进一步提升居民满意率，"
                    + "街道将开展“接诉即办”回访。")
            .build());

    static ItemSearcher items;

    @BeforeAll
    static void searcher() {
        items = new ItemSearcher(
                archive.index().queryAnalyzer(), archive.index().indexAnalyzer(), new BigramAnalyzer());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "垃圾分类",
                "桶前值守 志愿者",
                "取群众意见。为进一步提升",
                "\"桶前值守\"",
                "创城",
                "垃圾分类 -背街小巷",
                "标题:垃圾分类 正文:居民",
                "电动车 停放",
                "背街小巷 OR 文明引导",
                "街道"
            })
    void marksAreExactlyThoseOfLucenesOwnWeightMatchesHighlighter(String userQuery) throws IOException {
        IndexSearcher searcher = new IndexSearcher(archive.reader());
        Query q = items.toQuery(SearchRequest.builder().query(userQuery).build());
        int[] docs = Arrays.stream(searcher.search(q, 50).scoreDocs)
                .mapToInt(sd -> sd.doc)
                .sorted()
                .toArray();
        assertTrue(docs.length > 0, userQuery + " finds something");
        Map<String, Object[]> ours =
                new ItemHighlighter(searcher, archive.index().indexAnalyzer()).highlight(q, docs, 3);
        Map<String, Object[]> lucenes =
                new ItemHighlighter(searcher, archive.index().indexAnalyzer(), false).highlight(q, docs, 3);
        for (String field : List.of("title", "body")) {
            assertEquals(
                    Arrays.deepToString(lucenes.get(field)),
                    Arrays.deepToString(ours.get(field)),
                    userQuery + " in " + field);
        }
        assertTrue(Arrays.deepToString(ours.get("body")).contains("<em>"), userQuery);
    }
}
