package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldDocs;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first pass no longer asks Lucene to score its hits a second time (the sort value is the score, and
 * re-scoring replaces it): re-scoring a first pass without its scores filled in must give the ranking and
 * the scores it gives with them.
 */
class RescoringWithoutFirstPassScoresTest {
    static SlicedArchive archive;

    @BeforeAll
    static void load() throws IOException {
        archive = new SlicedArchive("r", SlicedArchive.NEIGHBOURHOOD);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "社区 居民志愿服务", "停车管理", "背街小巷 整治", "环境整治 志愿者"})
    void theReScoredRankingIsTheSameWithOrWithoutFirstPassScores(String userQuery) throws IOException {
        ItemQueryParser parser =
                new ItemQueryParser(archive.index.queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped());
        Query full = parser.parseUserQuery(userQuery);
        Query matching = parser.matchingOnly(full);
        assertNotSame(full, matching, "the query has scoring-only clauses");
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher searcher = archive.slicePerSegment(reader);
            TopFieldDocs scored = Rescoring.rescore(
                    searcher,
                    searcher.search(matching, Rescoring.WINDOW, ItemSearcher.RELEVANCE_THEN_RECENT, true),
                    full);
            TopFieldDocs unscored = Rescoring.rescore(
                    searcher,
                    searcher.search(matching, Rescoring.WINDOW, ItemSearcher.RELEVANCE_THEN_RECENT, false),
                    full);
            assertTrue(scored.scoreDocs.length > 0, userQuery);
            assertEquals(hits(scored), hits(unscored), userQuery);
        }
    }

    private static List<String> hits(TopFieldDocs top) {
        return Arrays.stream(top.scoreDocs)
                .map(d -> d.doc + "=" + d.score + Arrays.toString(((FieldDoc) d).fields))
                .toList();
    }
}
