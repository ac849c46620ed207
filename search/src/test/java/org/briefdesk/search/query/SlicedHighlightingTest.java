package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A searcher with an executor highlights the page's hits slice by slice, in parallel: the titles and
 * passages, and their order, must be those of a searcher without one.
 */
class SlicedHighlightingTest {
    static final String[][] ITEMS = {
        {"志愿服务进社区", "社区志愿服务队开展环境整治，志愿者清理楼道。下一步，社区将招募更多志愿者。"},
        {"社区简报", "志愿者提供上门服务，居民开展环境整治。\n街道听取群众意见，推进背街小巷整治。"},
        {"背街小巷整治", "背街小巷环境整治，停车秩序管理。居民反映电动自行车停放问题，街道已协调解决。"},
        {"停车管理", "社区加强停车秩序管理，居民志愿服务。<通知>：桶前值守继续开展。"},
    };
    static SlicedArchive archive;

    @BeforeAll
    static void load() throws IOException {
        archive = new SlicedArchive("h", ITEMS);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "社区 居民志愿服务", "停车管理", "背街小巷 整治", "环境整治 志愿者", "桶前值守"})
    void theHighlightsAreTheSameWhetherThePageIsHighlightedOnOneThreadOrSliceBySlice(String userQuery)
            throws IOException {
        ItemSearcher searcher =
                new ItemSearcher(archive.index.queryAnalyzer(), archive.index.indexAnalyzer(), new BigramAnalyzer());
        SearchRequest request =
                SearchRequest.builder().query(userQuery).page(0, 50).build();
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher sliced = archive.slicePerSegment(reader);
            assertTrue(sliced.getSlices().length >= 3, "several slices");
            SearchResult one = searcher.search(new IndexSearcher(reader), request);
            SearchResult parallel = searcher.search(sliced, request);
            assertTrue(one.hits().size() > 1, userQuery);
            assertTrue(
                    one.hits().stream()
                            .anyMatch(h -> h.titleHighlight().contains("<em>")
                                    || h.fragments().stream().anyMatch(f -> f.contains("<em>"))),
                    userQuery);
            assertEquals(
                    one.hits().stream()
                            .map(h -> h.id() + " " + h.titleHighlight() + " " + h.fragments())
                            .toList(),
                    parallel.hits().stream()
                            .map(h -> h.id() + " " + h.titleHighlight() + " " + h.fragments())
                            .toList(),
                    userQuery);
        }
    }
}
