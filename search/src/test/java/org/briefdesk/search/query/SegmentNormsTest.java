package org.briefdesk.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Term clauses scored from the norms kept in arrays ({@link SegmentNorms}, {@link ArrayNormsTermQuery}) must
 * score exactly as Lucene's own: the same norm for every document, including documents without the field,
 * documents of very different lengths and deleted ones.
 */
class SegmentNormsTest {
    private static final List<String> FIELDS = List.of("title", "body");

    private static Document item(String id, String title, String body) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        if (title != null) d.add(new TextField("title", title, Field.Store.NO));
        d.add(new TextField("body", body, Field.Store.NO));
        return d;
    }

    private static ByteBuffersDirectory archive() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 40; i++) {
                    String title = i % 5 == 0 ? null : "park " + "lane ".repeat(i % 7);
                    String body = "park bench " + "word ".repeat(i * 37 % 300) + (i % 3 == 0 ? "bench park" : "lane");
                    w.addDocument(item(segment + "-" + i, title, body));
                }
                w.commit();
            }
            w.deleteDocuments(new Term("id", "1-3"));
            w.commit();
        }
        return dir;
    }

    @Test
    void theKeptNormsAreTheIndexsOwnForEveryDocumentThatHasOne() throws IOException {
        try (ByteBuffersDirectory dir = archive();
                DirectoryReader r = DirectoryReader.open(dir)) {
            SegmentNorms norms = new SegmentNorms(FIELDS);
            norms.warm(r);
            assertEquals(3, norms.size());
            for (LeafReaderContext leaf : r.leaves()) {
                for (String f : FIELDS) {
                    NumericDocValues own = leaf.reader().getNormValues(f);
                    NumericDocValues kept = norms.of(leaf).getNormValues(f);
                    for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                        boolean has = own.advanceExact(d);
                        assertEquals(has, kept.advanceExact(d), f + " " + d);
                        if (has) {
                            assertEquals(own.longValue(), kept.longValue(), f + " " + d);
                        }
                    }
                }
            }
        }
    }

    @Test
    void termClausesScoreAsLucenesOwnWhetherTheTopOrEveryMatchIsScored() throws IOException {
        try (ByteBuffersDirectory dir = archive();
                DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(r);
            Query q = new BooleanQuery.Builder()
                    .add(either("park"), BooleanClause.Occur.MUST)
                    .add(either("bench"), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("body", "lane")), BooleanClause.Occur.SHOULD)
                    .build();
            Query arrays = new ScoringWeights(searcher).arrayNorms(q);
            assertTrue(arrays.toString().equals(q.toString()) && arrays != q, "every term clause replaced");
            Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.DOC));
            for (int n : new int[] {5, 200}) {
                // 5: the top only (Lucene skips what cannot compete); 200: every match scored
                assertEquals(hits(searcher.search(q, n)), hits(searcher.search(arrays, n)), "top " + n);
                assertEquals(
                        hits(searcher.search(q, n, byScoreThenId, true)),
                        hits(searcher.search(arrays, n, byScoreThenId, true)),
                        "sorted, top " + n);
            }
        }
    }

    private static Query either(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static List<String> hits(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + "=" + d.score);
        }
        out.add(top.totalHits.toString());
        return out;
    }
}
