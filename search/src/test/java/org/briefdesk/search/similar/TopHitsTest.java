package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The more-like-this candidates counted only as far as the top n need are exactly the top n hits
 * of counting every hit: the same documents, scores and order, over several segments, with deleted
 * documents, common and rare terms and boosted constant-score entity clauses.
 */
class TopHitsTest {

    @Test
    void countingOnlyTheTopHitsGivesTheSameTopHits() throws IOException {
        Random random = new Random(9);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 3000; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    StringBuilder body = new StringBuilder();
                    for (int k = 20 + random.nextInt(200); k > 0; k--) {
                        // A skewed vocabulary: a few terms in most documents, many rare ones.
                        body.append('t')
                                .append((int) Math.pow(random.nextInt(40), 2))
                                .append(' ');
                    }
                    d.add(new TextField("body", body.toString(), Field.Store.NO));
                    d.add(new StringField("entity", "e" + random.nextInt(30), Field.Store.NO));
                    w.addDocument(d);
                    if (i % 700 == 699) {
                        w.commit(); // another segment
                    }
                }
                for (int i = 0; i < 3000; i += 11) {
                    w.deleteDocuments(new Term("id", Integer.toString(i)));
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int probe = 0; probe < 30; probe++) {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    for (int k = 0; k < 25; k++) {
                        b.add(
                                new TermQuery(new Term("body", "t" + (int) Math.pow(random.nextInt(40), 2))),
                                BooleanClause.Occur.SHOULD);
                    }
                    for (int k = 0; k < 3; k++) {
                        b.add(
                                new BoostQuery(
                                        new ConstantScoreQuery(
                                                new TermQuery(new Term("entity", "e" + random.nextInt(30)))),
                                        2f),
                                BooleanClause.Occur.SHOULD);
                    }
                    BooleanQuery q = b.build();
                    ScoreDoc[] all = searcher.search(q, 20).scoreDocs;
                    ScoreDoc[] top = SimilarFinder.topHits(searcher, q, 20);
                    assertEquals(describe(all), describe(top), "probe " + probe);
                }
            }
        }
    }

    private static String describe(ScoreDoc[] hits) {
        return Arrays.stream(hits).map(h -> h.doc + ":" + h.score).toList().toString();
    }
}
