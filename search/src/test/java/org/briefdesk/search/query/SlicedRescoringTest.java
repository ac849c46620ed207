package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.Items;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A searcher with an executor re-scores the top of the first pass slice by slice, in parallel: the
 * ranking and the scores must be those of a searcher without one.
 */
class SlicedRescoringTest {
    static ByteBuffersDirectory dir;
    static ItemIndex index;
    static ExecutorService pool;

    @BeforeAll
    static void load() throws IOException {
        dir = new ByteBuffersDirectory();
        index = ItemIndex.open(dir, Items.config(0));
        long seq = Items.indexAll(index);
        index.commit(seq);
        String[][] items = {
            {"志愿服务进社区", "社区志愿服务队开展环境整治，志愿者清理楼道。"},
            {"社区简报", "志愿者提供上门服务，居民开展环境整治。"},
            {"背街小巷整治", "背街小巷环境整治，停车秩序管理。"},
            {"停车管理", "社区加强停车秩序管理，居民志愿服务。"},
        };
        for (int segment = 0; segment < 3; segment++) {
            for (int i = 0; i < items.length; i++) {
                index.index(
                        ItemDocument.builder("s" + segment + "-" + i)
                                .title(items[i][0])
                                .body(items[i][1])
                                .date(LocalDate.of(2026, 10 + segment, 1 + i))
                                .build(),
                        ++seq);
            }
            index.commit(seq);
        }
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws IOException {
        pool.shutdown();
        index.close();
    }

    /** One slice per segment, so that every segment is re-scored on its own task. */
    static final class SlicePerSegment extends IndexSearcher {
        SlicePerSegment(IndexReader reader, ExecutorService executor) {
            super(reader, executor);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return leaves.stream()
                    .map(l -> new LeafSlice(new ArrayList<>(List.of(l))))
                    .toArray(LeafSlice[]::new);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "社区 居民志愿服务", "停车管理", "背街小巷 整治", "环境整治 志愿者"})
    void theRankingIsTheSameWhetherTheTopIsRescoredOnOneThreadOrSliceBySlice(String userQuery) throws IOException {
        ItemSearcher searcher = new ItemSearcher(index.queryAnalyzer(), index.indexAnalyzer(), new BigramAnalyzer());
        SearchRequest request =
                SearchRequest.builder().query(userQuery).page(0, 50).build();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher sliced = new SlicePerSegment(reader, pool);
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
