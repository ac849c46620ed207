package org.briefdesk.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.Items;
import org.briefdesk.search.document.ItemDocument;

/**
 * The shared archive plus a test's own items committed as three more segments, and a two-thread pool:
 * what the tests of work done slice by slice on the searcher's executor compare against one thread.
 */
final class SlicedArchive implements AutoCloseable {
    final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    final ItemIndex index;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /** Four short neighbourhood reports sharing words and phrases, so re-scoring and lookups have ties to order. */
    static final String[][] NEIGHBOURHOOD = {
        {"志愿服务进社区", "社区志愿服务队开展环境整治，志愿者清理楼道。"},
        {"社区简报", "志愿者提供上门服务，居民开展环境整治。"},
        {"背街小巷整治", "背街小巷环境整治，停车秩序管理。"},
        {"停车管理", "社区加强停车秩序管理，居民志愿服务。"},
    };

    /** @param items title and body of each item, indexed once in each of the three segments */
    SlicedArchive(String idPrefix, String[][] items) throws IOException {
        index = ItemIndex.open(dir, Items.config(0));
        long seq = Items.indexAll(index);
        index.commit(seq);
        for (int segment = 0; segment < 3; segment++) {
            for (int i = 0; i < items.length; i++) {
                index.index(
                        ItemDocument.builder(idPrefix + segment + "-" + i)
                                .title(items[i][0])
                                .body(items[i][1])
                                .date(LocalDate.of(2026, 10 + segment, 1 + i))
                                .build(),
                        ++seq);
            }
            index.commit(seq);
        }
    }

    /** A searcher on the pool with one slice per segment, so that every segment is its own task. */
    IndexSearcher slicePerSegment(IndexReader reader) {
        return new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return leaves.stream()
                        .map(l -> new LeafSlice(new ArrayList<>(List.of(l))))
                        .toArray(LeafSlice[]::new);
            }
        };
    }

    @Override
    public void close() throws IOException {
        pool.shutdown();
        index.close();
    }
}
