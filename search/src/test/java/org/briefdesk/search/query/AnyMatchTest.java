package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.briefdesk.search.TestIndex;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A strict query is checked for any match, without scoring, before it is scored: the check must say
 * "nothing" exactly when the scored query finds nothing, for every form a query takes.
 */
class AnyMatchTest {
    @RegisterExtension
    static final TestIndex archive = TestIndex.archive(ItemDocument.builder("withdrawn")
                    .title("撤回的稿件")
                    .body("蓝靛厂社区试点无人机巡河，已撤回。")
                    .date(LocalDate.of(2026, 12, 1))
                    .build())
            .withdrawing("withdrawn");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "垃圾分类 桶前值守",
                "垃圾分类 桶前值守 火星基地",
                "学院路街道 中关村街道",
                "学院路街道火星 中关村街道月球",
                "燃气泄露 排查",
                "创城 宣传",
                "电动车 停放",
                "\"桶前值守\" 居民",
                "蓝靛厂 无人机巡河"
            })
    void findsAMatchExactlyWhenTheScoredQueryFindsOne(String userQuery) throws IOException {
        IndexSearcher searcher = new IndexSearcher(archive.reader());
        for (ItemQueryParser.Relax relax : ItemQueryParser.Relax.values()) {
            ItemQueryParser parser = new ItemQueryParser(
                            archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                    .relaxed(relax)
                    .frequencies(archive.reader());
            Query full = parser.parseUserQuery(userQuery);
            boolean found = searcher.count(full) > 0;
            assertEquals(found, AnyMatch.in(searcher, full), userQuery + " relax=" + relax);
            assertEquals(found, AnyMatch.in(searcher, parser.matchingOnly(full)), userQuery + " relax=" + relax);
        }
    }

    @Test
    void aDeletedItemIsNoMatch() throws IOException {
        assertFalse(AnyMatch.in(new IndexSearcher(archive.reader()), parse("蓝靛厂 无人机巡河")));
        assertTrue(AnyMatch.in(new IndexSearcher(archive.reader()), parse("垃圾分类 桶前值守")));
    }

    private static Query parse(String userQuery) {
        return new ItemQueryParser(archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                .frequencies(archive.reader())
                .parseUserQuery(userQuery);
    }
}
