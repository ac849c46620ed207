package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.Items;
import org.briefdesk.search.analysis.BigramAnalyzer;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first pass keeps the items of a stretch's phrase filters, and a typed term's title phrase with its
 * frequencies, between searches ({@link StretchSetCache}): the same items must match with the same scores
 * whether a set is computed or kept, in every segment, and an item deleted after its set was kept must
 * not come back.
 */
class KeptStretchSetsTest {
    ByteBuffersDirectory dir;
    ItemIndex index;

    @BeforeEach
    void load() throws IOException {
        dir = new ByteBuffersDirectory();
        index = ItemIndex.open(dir, Items.config(0));
        long seq = Items.indexAll(index);
        index.commit(seq);
        // a second segment, so that sets are kept per segment
        for (ItemDocument d : List.of(
                item("phrase-only", "楼道清理", "区志愿服务队清理楼道杂物。", 3),
                item("title-phrase", "志愿服务进社区", "居民开展环境整治，志愿者清理楼道。", 4),
                item("words-apart", "社区简报", "志愿者提供上门服务，居民开展环境整治。", 5),
                item("alley", "街巷整治", "背街小巷环境整治，街巷长巡查。", 6),
                item("variant", "创建文明城区", "社区开展创建文明城区宣传。", 7),
                item("twice", "志愿服务队开展志愿服务", "志愿服务队走进社区，志愿服务暖人心。", 8))) {
            index.index(d, ++seq);
        }
        index.commit(seq);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static ItemDocument item(String id, String title, String body, int day) {
        return ItemDocument.builder(id)
                .title(title)
                .body(body)
                .date(LocalDate.of(2026, 11, day))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿服务", "志愿服务 志愿者", "背街小巷 居民", "创城 宣传", "消防安全 社区", "桶前值守", "学院路街道 志愿服务"})
    void theFirstPassMatchesAndScoresTheSameItemsWhetherItsPhraseSetsAreComputedOrKept(String userQuery)
            throws IOException {
        StretchSetCache cache = new StretchSetCache();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertTrue(reader.leaves().size() >= 2, "the fixture has several segments");
            for (ItemQueryParser.Relax relax : ItemQueryParser.Relax.values()) {
                Map<Integer, Float> computed = scores(reader, firstPass(reader, relax, userQuery, null));
                for (int search = 1; search <= 2; search++) {
                    // the first search computes the sets, the second finds them kept
                    assertEquals(
                            computed,
                            scores(reader, firstPass(reader, relax, userQuery, cache)),
                            userQuery + " relax=" + relax + " search " + search);
                }
            }
        }
    }

    @Test
    void aKeptPhraseScoresEveryItemAsLucenesOwnPhraseDoes() throws IOException {
        StretchSetCache cache = new StretchSetCache();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (String field : List.of(ItemFields.TITLE_GRAMS, ItemFields.BODY_GRAMS)) {
                PhraseQuery phrase = new PhraseQuery(field, "志愿", "愿服", "服务");
                Map<Integer, Float> lucene = scores(reader, new BoostQuery(phrase, 4f));
                assertTrue(lucene.size() >= 2, "the fixture has the phrase in several items, once and twice");
                for (int search = 1; search <= 2; search++) {
                    assertEquals(lucene, scores(reader, new BoostQuery(new KeptPhrase(phrase, cache), 4f)), field);
                }
            }
        }
    }

    @Test
    void aTypedTermsPhraseSetsAreKeptOnceAndGoWhenTheirSegmentsAreClosed() throws IOException {
        StretchSetCache cache = new StretchSetCache();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            scores(reader, firstPass(reader, ItemQueryParser.Relax.NONE, "志愿服务", cache));
            int kept = cache.size();
            assertTrue(kept > 0, "志愿服务's title phrase and its body phrase outside its words are kept");
            scores(reader, firstPass(reader, ItemQueryParser.Relax.NONE, "志愿服务", cache));
            assertEquals(kept, cache.size(), "the same stretch again: nothing new to keep");
        }
        assertEquals(0, cache.size(), "this reader alone had the segments open");
    }

    @Test
    void anItemDeletedAfterItsPhraseSetWasKeptIsNotFoundAgain() throws IOException {
        ItemSearcher searcher = new ItemSearcher(index.queryAnalyzer(), index.indexAnalyzer(), new BigramAnalyzer());
        SearchRequest request = SearchRequest.builder().query("志愿服务").build();
        try (DirectoryReader before = DirectoryReader.open(dir)) {
            assertTrue(ids(searcher.search(new IndexSearcher(before), request)).contains("phrase-only"));
        }
        index.delete("phrase-only", 100);
        index.commit(100);
        try (DirectoryReader after = DirectoryReader.open(dir)) {
            SearchResult r = searcher.search(new IndexSearcher(after), request);
            assertFalse(ids(r).contains("phrase-only"), ids(r).toString());
            assertEquals(r.hits().size(), r.totalHits());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private Query firstPass(
            DirectoryReader reader, ItemQueryParser.Relax relax, String userQuery, StretchSetCache kept) {
        ItemQueryParser parser = new ItemQueryParser(
                        index.queryAnalyzer(), new BigramAnalyzer(), VariantGroups.shipped())
                .relaxed(relax)
                .frequencies(reader);
        if (kept != null) {
            parser.keeping(kept);
        }
        return parser.matchingOnly(parser.parseUserQuery(userQuery));
    }

    private static Map<Integer, Float> scores(DirectoryReader reader, Query q) throws IOException {
        Map<Integer, Float> out = new TreeMap<>();
        for (ScoreDoc sd : new IndexSearcher(reader).search(q, 10_000).scoreDocs) {
            out.put(sd.doc, sd.score);
        }
        return out;
    }
}
