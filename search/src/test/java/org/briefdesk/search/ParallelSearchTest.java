package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.similar.SimilarMatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With a search executor, the slices of a many-segment index are searched in parallel: same answers. */
class ParallelSearchTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static ItemIndex indexInManySegments(IndexConfig config) throws IOException {
        ItemIndex index = ItemIndex.open(new ByteBuffersDirectory(), config);
        for (int i = 0; i < 60; i++) {
            index.index(ItemIndexLifecycleTest.item(i), i + 1);
            if (i % 5 == 4) {
                index.refresh(); // one small segment per refresh
            }
        }
        index.refresh();
        return index;
    }

    @Test
    void parallelSlicesFindCountAndRankExactlyAsOneThreadDoes() throws IOException {
        try (ItemIndex serial = indexInManySegments(Items.config(0));
                ItemIndex parallel = indexInManySegments(Items.config(0).withSearchExecutor(pool))) {
            for (String q : List.of("垃圾分类", "社区 志愿者", "")) {
                SearchRequest r = SearchRequest.builder()
                        .query(q)
                        .page(0, 10)
                        .facets(true)
                        .highlight(true)
                        .build();
                SearchResult a = serial.search(r);
                SearchResult b = parallel.search(r);
                assertTrue(a.totalHits() > 0, q);
                assertEquals(a.totalHits(), b.totalHits(), q);
                assertEquals(a.facets(), b.facets(), q);
                assertEquals(a.hits(), b.hits(), q);
            }
            ItemDocument probe = ItemIndexLifecycleTest.item(7);
            List<SimilarMatch> a = serial.findSimilar(probe);
            assertEquals(
                    a.stream().map(SimilarMatch::id).toList(),
                    parallel.findSimilar(probe).stream().map(SimilarMatch::id).toList());
        }
    }
}
