package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query matching few items is counted exactly; one matching a large part of the archive is
 * counted on an evenly spread sample, and its total and facet counts are estimates close to the
 * true ones, marked as such.
 */
class SampledCountingTest {
    private static final int ITEMS = 90_000;
    private static final List<String> UNITS = List.of("学院路街道", "中关村街道", "区城管委");
    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;

    /** Every item says 居民; one in ten also 加装电梯; units in turn, 海淀街道 on one item in 300. */
    @BeforeAll
    static void archive() throws IOException {
        dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig();
        config.setMaxBufferedDocs(20_000); // several segments, as a real archive has
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < ITEMS; i++) {
                Document d = new Document();
                d.add(new StringField("body", "居民", Field.Store.NO));
                if (i % 10 == 0) d.add(new StringField("body", "加装电梯", Field.Store.NO));
                String unit = i % 300 == 7 ? "海淀街道" : UNITS.get(i % UNITS.size());
                d.add(new SortedSetDocValuesField("unit", new BytesRef(unit)));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static FacetCounter.Counts count(String word) throws IOException {
        return FacetCounter.count(
                new IndexSearcher(reader),
                new TermQuery(new Term("body", word)),
                new SegmentFacetCache(List.of("unit")));
    }

    private static Map<String, Integer> units(FacetCounter.Counts c) {
        return c.facets().get("unit").stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void aQueryMatchingFewItemsIsCountedExactly() throws IOException {
        FacetCounter.Counts c = count("加装电梯");
        assertFalse(c.estimated());
        assertEquals(9_000, c.totalHits());
        assertEquals(
                9_000, units(c).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aQueryMatchingMostOfTheArchiveIsEstimatedFromASample() throws IOException {
        FacetCounter.Counts c = count("居民");
        assertTrue(c.estimated());
        assertEquals(ITEMS, c.totalHits(), ITEMS * 0.05);
        Map<String, Integer> units = units(c);
        for (String u : UNITS) {
            assertEquals(ITEMS / 3.0, units.get(u), ITEMS / 3.0 * 0.05, u);
        }
        assertEquals(300, units.get("海淀街道"), 300 * 0.5, "a rare value keeps its order of magnitude");
    }

    @Test
    void estimatesKeepTwoSignificantDigits() {
        assertEquals(340_000, FacetCounter.estimate(6_789, 50));
        assertEquals(87, FacetCounter.estimate(29, 3));
        assertEquals(0, FacetCounter.estimate(0, 50));
        assertEquals(1, FacetCounter.stride(FacetCounter.EXACT_LIMIT));
        assertEquals(2, FacetCounter.stride(FacetCounter.EXACT_LIMIT + 1));
        assertEquals(FacetCounter.MAX_STRIDE, FacetCounter.stride(Long.MAX_VALUE / 2));
    }

    @Test
    void theSampleIsOneBlockInEveryStrideAcrossSegmentBoundaries() throws IOException {
        ArchiveSample sample = new ArchiveSample(7);
        IndexSearcher s = new IndexSearcher(reader);
        Weight w = s.createWeight(sample, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = w.scorer(leaf);
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                docs.add(leaf.docBase + d);
            }
        }
        assertTrue(reader.leaves().size() > 1, "several segments");
        assertEquals(sample.size(reader), docs.size());
        for (int d : docs) {
            assertEquals(0, (d / ArchiveSample.BLOCK) % 7, "doc " + d);
        }
        for (int i = 1; i < docs.size(); i++) {
            int prev = docs.get(i - 1), d = docs.get(i);
            assertTrue(d == prev + 1 || d == prev + 1 + 6 * ArchiveSample.BLOCK, prev + " then " + d);
        }
    }
}
