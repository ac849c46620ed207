package org.briefdesk.search.tools.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.search.document.ItemDocument;

/** The comparison system: Lucene CJKAnalyzer bigrams, QueryParser, UnifiedHighlighter, MoreLikeThis. */
final class Baseline implements AutoCloseable {
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    final Analyzer analyzer = new CJKAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final java.util.concurrent.Executor searchExecutor;

    /** {@code searchExecutor}: the same parallel search slices as Briefdesk's index gets. */
    Baseline(java.nio.file.Path path, java.util.concurrent.Executor searchExecutor) throws IOException {
        this.searchExecutor = searchExecutor;
        dir = FSDirectory.open(path);
        IndexWriterConfig c = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
        writer = new IndexWriter(dir, c);
    }

    long load(Iterator<ItemDocument> items, int threads) throws Exception {
        BlockingQueue<ItemDocument> q = new ArrayBlockingQueue<>(256);
        ItemDocument poison = ItemDocument.of("-", "", "");
        Thread[] ws = new Thread[threads];
        long[] done = new long[1];
        for (int i = 0; i < threads; i++) {
            ws[i] = new Thread(() -> {
                try {
                    for (ItemDocument d = q.take(); d != poison; d = q.take()) {
                        Document doc = new Document();
                        doc.add(new StringField("id", d.id(), Field.Store.YES));
                        doc.add(new Field("title", d.title(), TEXT));
                        doc.add(new Field("body", d.body(), TEXT));
                        writer.addDocument(doc);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            ws[i].start();
        }
        while (items.hasNext()) {
            q.put(items.next());
            done[0]++;
        }
        for (int i = 0; i < threads; i++) q.put(poison);
        for (Thread w : ws) w.join();
        writer.commit();
        reader = DirectoryReader.open(writer);
        searcher = new IndexSearcher(reader, searchExecutor);
        return done[0];
    }

    /** Query with AND of bigrams, top 10, body highlighted. */
    int search(String q) throws Exception {
        QueryParser p = new QueryParser("body", analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        Query query = p.parse(q);
        TopDocs td = searcher.search(query, 10);
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer).build();
        h.highlight("body", query, td, 3);
        return td.scoreDocs.length;
    }

    /** MoreLikeThis over the body; returns (id, bigram Jaccard) of the top 10. */
    java.util.List<Object[]> similar(ItemDocument d) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {"body"});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query q = mlt.like("body", new StringReader(d.body()));
        TopDocs td = searcher.search(q, 10);
        Set<String> a = bigrams(d.body());
        java.util.List<Object[]> out = new java.util.ArrayList<>();
        for (var sd : td.scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            Set<String> b = bigrams(doc.get("body"));
            Set<String> inter = new HashSet<>(a);
            inter.retainAll(b);
            double j = inter.size() / (double) Math.max(1, a.size() + b.size() - inter.size());
            out.add(new Object[] {doc.get("id"), j});
        }
        return out;
    }

    private Set<String> bigrams(String text) throws IOException {
        Set<String> s = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) s.add(t.toString());
            ts.end();
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        writer.close();
        dir.close();
    }
}
