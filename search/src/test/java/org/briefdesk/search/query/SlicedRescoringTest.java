package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A searcher with an executor re-scores the top of the first pass slice by slice, in parallel: the
 * ranking and the scores must be those of a searcher without one.
 */
class SlicedRescoringTest {
    static SlicedArchive archive;

    @BeforeAll
    static void load() throws IOException {
        archive = new SlicedArchive("s", SlicedArchive.NEIGHBOURHOOD);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "社区 居民志愿服务", "停车管理", "背街小巷 整治", "环境整治 志愿者"})
    void theRankingIsTheSameWhetherTheTopIsRescoredOnOneThreadOrSliceBySlice(String userQuery) throws IOException {
        ItemSearcher searcher =
                new ItemSearcher(archive.index.queryAnalyzer(), archive.index.indexAnalyzer(), new BigramAnalyzer());
        SearchRequest request =
                SearchRequest.builder().query(userQuery).page(0, 50).build();
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher sliced = archive.slicePerSegment(reader);
            assertTrue(sliced.getSlices().length >= 3, "several slices");
            SearchResult one = searcher.search(new IndexSearcher(reader), request);
            SearchResult parallel = searcher.search(sliced, request);
            assertFalse(one.hits().isEmpty(), userQuery);
            assertEquals(
                    one.hits().stream().map(h -> h.id() + "=" + h.score()).toList(),
                    parallel.hits().stream().map(h -> h.id() + "=" + h.score()).toList(),
                    userQuery);
        }
    }
}
