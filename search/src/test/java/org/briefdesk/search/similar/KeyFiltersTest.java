package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A segment's key filter never rules out a key the segment holds (the candidates stay the same) and
 * rules out nearly every key it does not hold (the seeks it saves).
 */
class KeyFiltersTest {

    @Test
    void keysInTheSegmentAreNeverRuledOutAndNearlyAllOthersAre() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 4000; i++) {
                    Document d = new Document();
                    for (int b = 0; b < 25; b++) {
                        d.add(new StringField("lsh", band(b, i), Field.Store.NO));
                    }
                    w.addDocument(d);
                    if (i % 1500 == 1499) {
                        w.commit(); // another segment
                    }
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                KeyFilters filters = new KeyFilters();
                int base = 0;
                int passedAbsent = 0;
                int absent = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    int docs = leaf.reader().maxDoc();
                    for (int i = 0; i < 4000; i++) {
                        for (int b = 0; b < 25; b++) {
                            boolean held = i >= base && i < base + docs;
                            boolean maybe = filters.mayContain(leaf.reader(), "lsh", new BytesRef(band(b, i)));
                            if (held) {
                                assertTrue(maybe, "key of item " + i + " in its own segment");
                            } else {
                                absent++;
                                passedAbsent += maybe ? 1 : 0;
                            }
                        }
                    }
                    base += docs;
                }
                assertTrue(passedAbsent < absent / 20, passedAbsent + " of " + absent + " absent keys not ruled out");
            }
        }
    }

    /** A band key as {@link MinHash#bandKeys} writes them: band number, then a 63-bit hash in base 36. */
    private static String band(int b, int item) {
        long h = TextShingles.mix64(b * 1_000_003L + item) >>> 1;
        return Integer.toString(b, 36) + Long.toString(h, 36);
    }
}
