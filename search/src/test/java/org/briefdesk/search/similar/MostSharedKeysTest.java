package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Band and fingerprint candidates are counted from the postings; they must be exactly the top hits
 * the constant-score disjunction of the same keys gave (most keys shared, ties in document order),
 * over several segments and with deleted documents.
 */
class MostSharedKeysTest {

    @Test
    void countingThePostingsGivesTheDisjunctionsTopHits() throws IOException {
        Random random = new Random(5);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 600; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    for (int b = 0; b < 6; b++) {
                        d.add(new StringField("band", b + ":" + random.nextInt(4), Field.Store.NO));
                    }
                    w.addDocument(d);
                    if (i % 97 == 96) {
                        w.commit(); // another segment
                    }
                }
                for (int i = 0; i < 600; i += 7) {
                    w.deleteDocuments(new Term("id", Integer.toString(i)));
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                KeyFilters filters = new KeyFilters();
                for (int probe = 0; probe < 20; probe++) {
                    List<String> keys = new ArrayList<>();
                    for (int b = 0; b < 6; b++) {
                        keys.add(b + ":" + random.nextInt(5)); // ":4" matches nothing
                    }
                    for (int n : new int[] {1, 20, 30, 1000}) {
                        assertEquals(
                                disjunctionTopHits(searcher, keys, n),
                                MostSharedKeys.top(searcher, "band", keys, n, filters),
                                "keys " + keys + ", top " + n);
                    }
                }
                assertEquals(
                        disjunctionTopHits(searcher, List.of("9:9"), 20),
                        MostSharedKeys.top(searcher, "band", List.of("9:9"), 20, filters));
            }
        }
    }

    private static List<Integer> disjunctionTopHits(IndexSearcher searcher, List<String> keys, int n)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String k : keys) {
            q.add(new ConstantScoreQuery(new TermQuery(new Term("band", k))), BooleanClause.Occur.SHOULD);
        }
        return Arrays.stream(searcher.search(q.build(), n).scoreDocs)
                .map(sd -> sd.doc)
                .toList();
    }
}
