package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.Test;

/**
 * A cached summary is the summary its doc value decodes to, read again without decoding, its terms
 * shared with the other cached summaries and given the dictionary's ids; a closed segment's summaries
 * are let go; a summary's norm holds for one idf generation only.
 */
class SummaryCacheTest {
    private static final String[] WORDS = {"防汛", "演练", "街道", "社区", "志愿者", "垃圾分类", "老旧小区", "加装电梯"};

    private static ItemFeatures features(int i) {
        Map<String, Integer> tv = new LinkedHashMap<>();
        for (int w = 0; w < WORDS.length; w++) {
            if ((i + w) % 3 != 0) {
                tv.put(WORDS[w], 1 + (i + w) % 4);
            }
        }
        tv.put("第" + i + "号", 1);
        Set<String> entities = new LinkedHashSet<>(List.of("朝阳街道", i + "户"));
        return new ItemFeatures(
                "item-" + i,
                TextShingles.of("本周朝阳街道组织防汛演练，共" + i + "户居民参加。"),
                new int[] {i, i * 7, i * 13},
                new String[0],
                "fp" + i,
                tv,
                entities,
                LocalDate.of(2026, 3, 1 + i % 20),
                "朝阳街道");
    }

    @Test
    void cachedSummariesAreTheDecodedOnesReadOnceAndLetGoWithTheirSegment() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 30; i++) {
                    Document d = new Document();
                    d.add(new BinaryDocValuesField(ItemFields.FEATURES, FeatureSummary.encode(features(i))));
                    w.addDocument(d);
                    if (i == 14) {
                        w.commit(); // a second segment
                    }
                }
            }
            SummaryCache cache = new SummaryCache();
            List<FeatureSummary> first = new ArrayList<>();
            DirectoryReader reader = DirectoryReader.open(dir);
            try (reader) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    first.addAll(read(cache, leaf.reader()));
                }
                assertEquals(30, cache.held());
                for (int i = 0; i < 30; i++) {
                    FeatureSummary plain = FeatureSummary.decode(FeatureSummary.encode(features(i)));
                    FeatureSummary cached = first.get(i);
                    assertEquals(plain.id(), cached.id());
                    assertArrayEquals(plain.signature16(), cached.signature16());
                    assertEquals(plain.shingleCount(), cached.shingleCount());
                    assertArrayEquals(plain.terms(), cached.terms());
                    assertArrayEquals(plain.counts(), cached.counts());
                    assertEquals(plain.entities(), cached.entities());
                    assertEquals(plain.date(), cached.date());
                    assertEquals(plain.unit(), cached.unit());
                }
                assertSame(first.get(1).terms()[0], first.get(28).terms()[0], "防汛 is one string");
                LeafReader first0 = reader.leaves().get(0).reader();
                int[] ids1 = cache.get(first0, first0.getBinaryDocValues(ItemFields.FEATURES), 1)
                        .termIds();
                assertEquals(cache.id("防汛"), ids1[0], "a term's id is the dictionary's");
                assertEquals(-1, cache.id("未见过的词"));
                CachedSummary held = cache.get(first0, first0.getBinaryDocValues(ItemFields.FEATURES), 2);
                CachedSummary.Text text = new CachedSummary.Text("标题", "fp2", TextShingles.of("本周朝阳街道组织防汛演练。"));
                cache.keepText(held, text);
                cache.keepText(CachedSummary.withoutIds(held.summary()), text);
                assertSame(text, held.text());
                assertEquals(1, cache.texts(), "only a held summary keeps its text");
                assertEquals("标题", held.title(), "the verified text's title");
                CachedSummary other = cache.get(first0, first0.getBinaryDocValues(ItemFields.FEATURES), 3);
                other.keepTitle("另一标题");
                assertEquals("另一标题", other.title());
                CachedSummary notHeld = CachedSummary.withoutIds(other.summary());
                notHeld.keepTitle("不保留");
                assertEquals(null, notHeld.title(), "only a held summary keeps its title");
                List<FeatureSummary> again = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    again.addAll(read(cache, leaf.reader()));
                }
                for (int i = 0; i < 30; i++) {
                    assertSame(first.get(i), again.get(i));
                }
            }
            assertEquals(0, cache.held());
            assertEquals(0, cache.texts());
        }
    }

    @Test
    void aSummarysNormIsKeptForOneIdfGenerationAndComputedAfreshForTheNext() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IdfCache idfCache = new IdfCache();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                w.addDocument(body("防汛 演练 街道"));
                w.commit();
                int[] ids = new int[features(1).termVector().size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = 7 + i;
                }
                CachedSummary s = new CachedSummary(FeatureSummary.decode(FeatureSummary.encode(features(1))), ids);
                IdfCache.Idf small;
                try (DirectoryReader r = DirectoryReader.open(dir)) {
                    small = idfCache.forReader(r);
                    double first = s.squares(small);
                    assertEquals(first, s.squares(small));
                    assertEquals(first, squares(s.summary(), small));
                    for (int i = 0; i < ids.length; i++) {
                        String term = s.summary().terms()[i];
                        assertEquals(small.applyAsDouble(term), small.applyAsDouble(term, ids[i]), "idf by id");
                    }
                }
                for (int i = 0; i < 40; i++) {
                    w.addDocument(body(i % 2 == 0 ? "防汛 社区" : "演练"));
                }
                w.commit();
                try (DirectoryReader r = DirectoryReader.open(dir)) {
                    IdfCache.Idf grown = idfCache.forReader(r);
                    assertNotEquals(small.generation(), grown.generation());
                    double fresh = squares(s.summary(), grown);
                    assertNotEquals(squares(s.summary(), small), fresh);
                    assertEquals(fresh, s.squares(grown));
                }
            }
        }
    }

    private static Document body(String text) {
        Document d = new Document();
        d.add(new org.apache.lucene.document.TextField(
                ItemFields.BODY, text, org.apache.lucene.document.Field.Store.NO));
        return d;
    }

    /** The sum of squares computed term by term, as the cosine does without a cache. */
    private static double squares(FeatureSummary s, java.util.function.ToDoubleFunction<String> idf) {
        double sum = 0;
        for (int i = 0; i < s.terms().length; i++) {
            double bw = (1 + Math.log(s.counts()[i])) * idf.applyAsDouble(s.terms()[i]);
            sum += bw * bw;
        }
        return sum;
    }

    private static List<FeatureSummary> read(SummaryCache cache, LeafReader leaf) throws IOException {
        BinaryDocValues dv = leaf.getBinaryDocValues(ItemFields.FEATURES);
        List<FeatureSummary> out = new ArrayList<>();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            out.add(cache.get(leaf, dv, doc).summary());
        }
        return out;
    }
}
