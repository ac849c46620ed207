package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The facet arrays must count exactly what the doc values hold, for every shape of field. */
class SegmentFacetCacheTest {
    private static final List<String> FIELDS = List.of("unit", "column");

    private static Document item(String id, String unit, String... columns) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        if (unit != null) d.add(new SortedSetDocValuesField("unit", new BytesRef(unit)));
        for (String c : columns) d.add(new SortedSetDocValuesField("column", new BytesRef(c)));
        return d;
    }

    private static Map<String, Integer> counts(FacetCounter.Counts c, String field) {
        return c.facets().get(field).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void countsSingleAndMultiValuedFieldsAndDocumentsWithoutAValue() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(item("1", "海淀街道", "工作动态", "典型案例"));
            w.addDocument(item("2", "学院路街道", "工作动态"));
            w.addDocument(item("3", null));
            w.addDocument(item("4", "海淀街道"));
            try (DirectoryReader r = DirectoryReader.open(w)) {
                FacetCounter.Counts c = new IndexSearcher(r)
                        .search(new MatchAllDocsQuery(), new FacetCounter.Manager(new SegmentFacetCache(FIELDS)));
                assertEquals(4, c.totalHits());
                assertEquals(Map.of("海淀街道", 2, "学院路街道", 1), counts(c, "unit"));
                assertEquals(Map.of("工作动态", 2, "典型案例", 1), counts(c, "column"));
            }
        }
    }

    @Test
    void deletedDocumentsAreNotCounted() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(item("1", "海淀街道", "工作动态"));
            w.addDocument(item("2", "海淀街道", "工作动态"));
            w.commit();
            SegmentFacetCache cache = new SegmentFacetCache(FIELDS);
            try (DirectoryReader before = DirectoryReader.open(w)) {
                cache.warm(before);
            }
            w.deleteDocuments(new Term("id", "2"));
            try (DirectoryReader r = DirectoryReader.open(w)) {
                FacetCounter.Counts c =
                        new IndexSearcher(r).search(new MatchAllDocsQuery(), new FacetCounter.Manager(cache));
                assertEquals(Map.of("海淀街道", 1), counts(c, "unit"));
                assertEquals(Map.of("工作动态", 1), counts(c, "column"));
            }
        }
    }

    @Test
    void fieldsWithMoreThan255ValuesAreCountedExactly() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 600; i++) {
                w.addDocument(item(Integer.toString(i), "社区" + (i % 300), "栏目" + (i % 280), "栏目" + ((i + 1) % 280)));
            }
            try (DirectoryReader r = DirectoryReader.open(w)) {
                FacetCounter.Counts c = new IndexSearcher(r)
                        .search(
                                new TermQuery(new Term("id", "299")),
                                new FacetCounter.Manager(new SegmentFacetCache(FIELDS)));
                assertEquals(Map.of("社区299", 1), counts(c, "unit"));
                assertEquals(Map.of("栏目19", 1, "栏目20", 1), counts(c, "column"));
            }
        }
    }

    @Test
    void aSegmentIsReadOnceAndForgottenWhenItCloses() throws IOException {
        SegmentFacetCache cache = new SegmentFacetCache(FIELDS);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                w.addDocument(item("1", "海淀街道", "工作动态"));
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                LeafReaderContext leaf = r.leaves().get(0);
                DocOrdinals[] first = cache.of(leaf);
                assertSame(first, cache.of(leaf));
                assertEquals(1, cache.size());
            }
            assertEquals(0, cache.size(), "the closed segment's arrays are dropped");
        }
    }
}
