package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.briefdesk.search.query.QueryLimits;
import org.briefdesk.search.query.QuerySyntaxException;
import org.briefdesk.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queries built to break the search (issue 10): each is a Chinese explanation, never a server error. */
class HostileQueryTest {
    @RegisterExtension
    static final TestIndex archive = TestIndex.archive();

    private static QuerySyntaxException rejected(String q) {
        return assertThrows(QuerySyntaxException.class, () -> archive.index().search(SearchRequest.of(q)));
    }

    @Test
    void aThousandOredChineseWordsAreRefusedBeforeLuceneCountsClauses() {
        List<String> words = List.of("垃圾", "分类", "志愿", "社区", "街道", "文明", "交通", "治理");
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            q.append(i == 0 ? "" : " OR ").append(words.get(i % words.size()));
        }
        QuerySyntaxException e = rejected(q.toString());
        assertTrue(e.getMessage().startsWith("检索式过长"), e.getMessage());
    }

    @Test
    void manyWordsWithinTheLengthLimitAreRefusedByCount() {
        String q = "垃圾 ".repeat(QueryLimits.MAX_WORDS + 1).strip();
        assertTrue(q.length() <= QueryLimits.MAX_CHARS);
        QuerySyntaxException e = rejected(q);
        assertTrue(e.getMessage().startsWith("检索词过多"), e.getMessage());
    }

    @Test
    void fiveThousandNestedParenthesesAreRefusedBeforeTheParserRecurses() {
        QuerySyntaxException e = rejected("(".repeat(5000) + "垃圾分类" + ")".repeat(5000));
        assertTrue(e.getMessage().startsWith("检索式过长"), e.getMessage());
        QuerySyntaxException deep =
                rejected("(".repeat(QueryLimits.MAX_DEPTH + 1) + "垃圾分类" + ")".repeat(QueryLimits.MAX_DEPTH + 1));
        assertTrue(deep.getMessage().startsWith("括号嵌套过深"), deep.getMessage());
    }

    @Test
    void nestingWithinTheLimitStillSearches() throws IOException {
        String q = "(".repeat(QueryLimits.MAX_DEPTH) + "垃圾分类" + ")".repeat(QueryLimits.MAX_DEPTH);
        assertEquals(
                List.of("101"),
                archive.index().search(SearchRequest.of(q)).hits().stream()
                        .map(h -> h.id())
                        .toList());
    }

    @Test
    void aBrokenQueryComesWithTheNearestQueryThatWorks() {
        assertEquals("垃圾分类 志愿者", rejected("\"垃圾分类 志愿者").suggestion());
        assertTrue(rejected("\"垃圾分类 志愿者").getMessage().contains("引号不成对"));
        assertEquals("垃圾分类", rejected("垃圾分类 AND").suggestion());
        assertEquals("垃圾分类 OR 志愿者", rejected("(垃圾分类 OR 志愿者").suggestion());
        QuerySyntaxException unknown = rejected("作者:张三");
        assertTrue(unknown.getMessage().contains("未知字段“作者”"), unknown.getMessage());
        assertEquals("作者 张三", unknown.suggestion());
    }

    @Test
    void aQueryOfOnlySyntaxHasNoSuggestion() {
        assertNull(rejected("AND").suggestion());
    }
}
