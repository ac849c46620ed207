package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldDocs;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Re-scoring scores the phrases the first pass scored from kept lists ({@link KeptPhrase}) from those lists
 * too ({@link KeptPhrases}): the re-scored ranking and its scores must be the ones the phrases' own
 * positions give, in every segment, whether the lists were kept by this search or an earlier one.
 */
class RescoringKeptPhrasesTest {
    static final String[][] ITEMS = {
        {"志愿服务进社区", "社区志愿服务队开展环境整治，志愿者清理楼道。"},
        {"志愿服务队开展志愿服务", "志愿服务队走进社区，志愿服务暖人心。"},
        {"社区简报", "志愿者提供上门服务，居民开展环境整治。"},
        {"背街小巷整治", "背街小巷环境整治，停车秩序管理。"},
        {"学院路街道志愿服务", "学院路街道志愿者开展垃圾分类宣传。"},
    };
    static SlicedArchive archive;

    @BeforeAll
    static void load() throws IOException {
        archive = new SlicedArchive("k", ITEMS);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "志愿服务 社区", "背街小巷 整治", "学院路街道 志愿服务", "环境整治 志愿者"})
    void theReScoredRankingIsTheSameWithKeptPhrasesAsWithTheirPositions(String userQuery) throws IOException {
        StretchSetCache kept = new StretchSetCache();
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            IndexSearcher searcher = archive.slicePerSegment(reader);
            for (int search = 1; search <= 2; search++) {
                // the first search keeps the lists, the second finds them kept
                ItemQueryParser parser = parser(reader, kept);
                Query full = parser.parseUserQuery(userQuery);
                Query matching = parser.matchingOnly(full);
                TopFieldDocs first =
                        searcher.search(matching, Rescoring.WINDOW, ItemSearcher.RELEVANCE_THEN_RECENT, false);
                assertTrue(first.scoreDocs.length > 0, userQuery);
                List<String> positions = hits(Rescoring.rescore(searcher, copy(first), full));
                List<String> lists = hits(Rescoring.rescore(searcher, copy(first), KeptPhrases.in(full, matching)));
                assertEquals(positions, lists, userQuery + " search " + search);
            }
        }
    }

    @Test
    void theTitlePhraseOfATypedTermIsReScoredFromItsKeptList() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            ItemQueryParser parser = parser(reader, new StretchSetCache());
            Query full = parser.parseUserQuery("志愿服务 社区");
            Query rescored = KeptPhrases.in(full, parser.matchingOnly(full));
            assertTrue(kept(rescored) > 0, "志愿服务's title phrase is a kept phrase: " + rescored);
            assertEquals(kept(parser.matchingOnly(full)), kept(rescored), "every kept phrase of the first pass");
        }
    }

    @Test
    void aQueryWithoutKeptPhrasesIsReScoredAsItIs() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            ItemQueryParser parser = parser(reader, null);
            Query full = parser.parseUserQuery("志愿服务 社区");
            assertSame(full, KeptPhrases.in(full, parser.matchingOnly(full)), "nothing kept, nothing replaced");
        }
    }

    @Test
    void aKeptPhraseLooksItsTermsUpOnceForTheFirstPassAndReScoringOfASearch() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(archive.dir)) {
            int[] lookups = {0};
            IndexSearcher searcher = new IndexSearcher(reader) {
                @Override
                public CollectionStatistics collectionStatistics(String field) throws IOException {
                    lookups[0]++;
                    return super.collectionStatistics(field);
                }
            };
            KeptPhrase kept =
                    new KeptPhrase(new PhraseQuery(ItemFields.TITLE_GRAMS, "志愿", "愿服", "服务"), new StretchSetCache());
            searcher.createWeight(kept, ScoreMode.TOP_SCORES, 2f); // the first pass
            searcher.createWeight(kept, ScoreMode.COMPLETE, 2f); // re-scoring
            assertEquals(1, lookups[0], "the same searcher and boost");
            searcher.createWeight(kept, ScoreMode.COMPLETE, 3f);
            assertEquals(2, lookups[0], "another boost is scored with statistics of its own");
        }
    }

    private ItemQueryParser parser(DirectoryReader reader, StretchSetCache kept) {
        ItemQueryParser parser = new ItemQueryParser(
                        archive.index.queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                .frequencies(reader);
        return kept == null ? parser : parser.keeping(kept);
    }

    /** Re-scoring changes the hits in place: each comparison re-scores its own copy of the first pass. */
    private static TopFieldDocs copy(TopFieldDocs top) {
        FieldDoc[] docs = Arrays.stream(top.scoreDocs)
                .map(d -> new FieldDoc(d.doc, d.score, ((FieldDoc) d).fields.clone(), d.shardIndex))
                .toArray(FieldDoc[]::new);
        return new TopFieldDocs(top.totalHits, docs, top.fields);
    }

    private static int kept(Query q) {
        int[] n = {0};
        count(q, n);
        return n[0];
    }

    private static void count(Query q, int[] n) {
        if (q instanceof KeptPhrase) {
            n[0]++;
        } else if (q instanceof BoostQuery b) {
            count(b.getQuery(), n);
        } else if (q instanceof BooleanQuery b) {
            b.clauses().forEach(c -> count(c.getQuery(), n));
        }
    }

    private static List<String> hits(TopFieldDocs top) {
        return Arrays.stream(top.scoreDocs)
                .map(d -> d.doc + "=" + d.score + Arrays.toString(((FieldDoc) d).fields))
                .toList();
    }
}
