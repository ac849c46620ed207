package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The more-like-this terms' states are looked up once per reader: a later lookup on the same reader
 * shares them, a refreshed reader gets its own, and they are the states Lucene itself would build.
 */
class ReaderTermStatesTest {

    private static void add(IndexWriter w, String body) throws IOException {
        Document d = new Document();
        d.add(new TextField("body", body, Field.Store.NO));
        w.addDocument(d);
    }

    @Test
    void lookupsOnOneReaderShareTheStatesAndARefreshedReaderGetsItsOwn() throws IOException {
        ReaderTermStates states = new ReaderTermStates();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(
                        dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            add(w, "防汛 演练 街道 社区");
            w.commit();
            add(w, "防汛 物资 街道");
            add(w, "垃圾分类 社区 志愿者");
            w.commit();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(first);
                Map<String, TermStates> a = states.of(searcher, "body", List.of("防汛", "社区", "无此词"));
                Map<String, TermStates> b = states.of(searcher, "body", List.of("社区", "志愿者"));
                assertSame(a.get("社区"), b.get("社区"));
                for (String term : List.of("防汛", "社区", "无此词", "志愿者")) {
                    TermStates built = TermStates.build(searcher, new Term("body", term), true);
                    TermStates cached = term.equals("志愿者") ? b.get(term) : a.get(term);
                    assertEquals(built.docFreq(), cached.docFreq(), term);
                    assertEquals(built.totalTermFreq(), cached.totalTermFreq(), term);
                    for (LeafReaderContext leaf : first.leaves()) {
                        assertEquals(built.get(leaf) == null, cached.get(leaf) == null, term);
                    }
                }
                assertEquals(0, a.get("无此词").docFreq());
                add(w, "防汛 值班");
                w.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    TermStates refreshed = states.of(new IndexSearcher(second), "body", List.of("防汛"))
                            .get("防汛");
                    assertNotSame(a.get("防汛"), refreshed);
                    assertEquals(3, refreshed.docFreq());
                }
            }
        }
    }
}
