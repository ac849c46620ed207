package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldDocs;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search's scoring weights are created with their term lookups on the caller's thread
 * ({@link ScoringWeights}): the ranking, the scores and the sort values must be those of the searcher's
 * own weights, searched slice by slice, and no lookup may go to the searcher's executor.
 */
class ScoringWeightsTest {
    static SlicedArchive archive;

    @BeforeAll
    static void load() throws IOException {
        archive = new SlicedArchive("w", SlicedArchive.NEIGHBOURHOOD);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    private static Query query(String userQuery) {
        return new ItemSearcher(archive.index.queryAnalyzer(), archive.index.indexAnalyzer(), new BigramAnalyzer())
                .toQuery(SearchRequest.builder().query(userQuery).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "社区 居民志愿服务", "停车管理", "背街小巷 整治", "环境整治 志愿者", "\"秩序管理\""})
    void theRankingScoresAndSortValuesAreThoseOfTheSearchersOwnWeights(String userQuery) throws IOException {
        Query q = query(userQuery);
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher sliced = archive.slicePerSegment(reader);
            assertTrue(sliced.getSlices().length >= 3, "several slices");
            TopFieldDocs own = sliced.search(q, 50, ItemSearcher.RELEVANCE_THEN_RECENT, true);
            TopFieldDocs serial =
                    sliced.search(new ScoringWeights(sliced).of(q), 50, ItemSearcher.RELEVANCE_THEN_RECENT, true);
            assertTrue(own.scoreDocs.length > 0, userQuery);
            assertEquals(hits(own), hits(serial), userQuery);
            assertEquals(own.totalHits, serial.totalHits, userQuery);
        }
    }

    private static List<String> hits(TopFieldDocs top) {
        return Arrays.stream(top.scoreDocs)
                .map(d -> d.doc + "=" + d.score + Arrays.toString(((FieldDoc) d).fields))
                .toList();
    }

    @Test
    void scoringWeightsLookTheirTermsUpWithoutTheSearchersExecutor() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            pool.execute(task);
        };
        Query q = query("社区 居民志愿服务");
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher searcher = new IndexSearcher(reader, counting);
            assertTrue(reader.leaves().size() >= 3, "several segments");
            searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
            assertTrue(tasks.get() > 0, "Lucene's own scoring weight looks terms up on the executor");
            tasks.set(0);
            Query serial = new ScoringWeights(searcher).of(q);
            searcher.createWeight(searcher.rewrite(serial), ScoreMode.COMPLETE, 1f);
            searcher.createWeight(searcher.rewrite(serial), ScoreMode.TOP_SCORES, 1f);
            assertEquals(0, tasks.get());
        } finally {
            pool.shutdown();
        }
    }
}
