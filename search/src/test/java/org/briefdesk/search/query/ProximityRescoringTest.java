package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.TestIndex;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first pass ranks without the proximity clauses, and with phrase alternatives only where their
 * stretch's words do not match; the top is re-scored with the full query: which items match must not
 * change, and an item with the words side by side must still rank above a scattered one.
 */
class ProximityRescoringTest {
    @RegisterExtension
    static final TestIndex archive = TestIndex.archive(
            // Newer and shorter, so without the adjacency reward it would rank first.
            ItemDocument.builder("scattered")
                    .title("街道工作简报")
                    .body("停车难。居民开展环境整治，部署志愿服务，加强管理。")
                    .date(java.time.LocalDate.of(2026, 12, 6))
                    .build(),
            ItemDocument.builder("adjacent")
                    .title("街道工作简报")
                    .body("社区加强停车秩序管理。居民开展环境整治，清理僵尸车十二辆，另外部署了志愿服务和垃圾清运。")
                    .date(java.time.LocalDate.of(2026, 11, 2))
                    .build(),
            ItemDocument.builder("phrase-only")
                    .title("楼道清理")
                    .body("区志愿服务队清理楼道杂物。")
                    .date(java.time.LocalDate.of(2026, 11, 3))
                    .build());

    @ParameterizedTest
    @ValueSource(strings = {"停车管理", "垃圾分类桶前值守", "社区 居民志愿服务", "电动车 停放", "背街小巷整治", "\"停车\"管理", "创城 宣传", "开展环境整", "动垃圾分类"})
    void theQueryWithoutProximityClausesMatchesExactlyTheSameItems(String userQuery) throws IOException {
        for (ItemQueryParser.Relax relaxed : ItemQueryParser.Relax.values()) {
            for (DirectoryReader frequencies : new DirectoryReader[] {null, archive.reader()}) {
                ItemQueryParser parser = new ItemQueryParser(
                                archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                        .relaxed(relaxed)
                        .frequencies(frequencies);
                Query full = parser.parseUserQuery(userQuery);
                Query matching = parser.matchingOnly(full);
                assertEquals(
                        docs(full),
                        docs(matching),
                        userQuery + " relaxed=" + relaxed + " frequencies=" + (frequencies != null));
                if (userQuery.equals("停车管理")) {
                    assertNotSame(full, matching, "a stretch of several words has a proximity clause to drop");
                }
            }
        }
    }

    @Test
    void aWordLikeStretchWhosePhraseIsAsCommonAsItsWordsScoresThePhraseOutsideThemInTheFirstPass() {
        // 桶前值守, a term the dictionary lacks (桶 前 值守): wherever its words are, so is the phrase,
        // which would not reorder the candidates.
        String stretch = "桶前值守";
        ItemQueryParser withFrequencies = new ItemQueryParser(
                        archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                .frequencies(archive.reader());
        String firstPass = withFrequencies
                .matchingOnly(withFrequencies.parseUserQuery(stretch))
                .toString();
        String phraseOutside = "(body2:\"桶前 前值 值守\")^2.0 outside";
        assertTrue(firstPass.contains(phraseOutside), firstPass);
        // Without the archive's frequencies a stretch of three words keeps its phrase scored on every candidate.
        ItemQueryParser without =
                new ItemQueryParser(archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped());
        String kept = without.matchingOnly(without.parseUserQuery(stretch)).toString();
        assertFalse(kept.contains(phraseOutside), kept);
    }

    @Test
    void aPastedFragmentLongerThanAWordKeepsItsPhraseScoredOnEveryCandidate() {
        // 桶前值守活动: which of the items sharing its words ranks first is the phrase's to decide.
        ItemQueryParser parser = new ItemQueryParser(
                        archive.index().queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                .frequencies(archive.reader());
        String firstPass = parser.matchingOnly(parser.parseUserQuery("桶前值守活动")).toString();
        assertTrue(firstPass.contains("(body2:\"桶前 前值 值守 守活 活动\")^2.0"), firstPass);
        assertFalse(firstPass.contains("(body2:\"桶前 前值 值守 守活 活动\")^2.0 outside"), firstPass);
    }

    @Test
    void anItemWithTheWordsSideBySideRanksAboveOneWithThemScattered() throws IOException {
        // 停车秩序管理: the words within the proximity slop, yet not the typed text (no bigram phrase match)
        SearchResult r = new ItemSearcher(
                        archive.index().queryAnalyzer(), archive.index().indexAnalyzer(), new BigramAnalyzer())
                .search(
                        new IndexSearcher(archive.reader()),
                        SearchRequest.builder().query("停车管理").build());
        List<String> ids = r.hits().stream().map(SearchHit::id).toList();
        assertEquals(List.of("adjacent", "scattered"), ids.subList(0, 2));
    }

    @Test
    void aPhraseOutsideItsWordsMatchesTheItemsWithThePhraseThatTheWordsMiss() throws IOException {
        Query words = new TermQuery(new Term(ItemFields.BODY, "居民"));
        Query phrase = new PhraseQuery(ItemFields.BODY_GRAMS, "志愿", "愿服", "服务");
        Set<Integer> expected = docs(phrase);
        Set<Integer> withWords = docs(words);
        assertTrue(expected.stream().anyMatch(withWords::contains), "the fixture has items with both");
        expected.removeAll(withWords);
        assertFalse(expected.isEmpty(), "and items with the phrase only");
        assertEquals(expected, docs(new OutsideWords(phrase, words)));
    }

    private static Set<Integer> docs(Query q) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc sd : new IndexSearcher(archive.reader()).search(q, 10_000).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }
}
