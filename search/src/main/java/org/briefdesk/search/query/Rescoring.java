package org.briefdesk.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * Re-scores the top of a relevance ranking (score, then date) with the full query. Unlike Lucene's
 * QueryRescorer it keeps the date tie-break, and it replaces the score rather than combining two.
 */
final class Rescoring {
    /** How many first-pass hits are re-scored; pages past it keep the first-pass order. */
    static final int WINDOW = 300;

    private Rescoring() {}

    /**
     * {@code first}'s hits (sorted by score then date, FieldDocs, with or without their scores filled in)
     * re-scored by {@code full} and re-sorted.
     */
    static TopFieldDocs rescore(IndexSearcher searcher, TopFieldDocs first, Query full) throws IOException {
        ScoreDoc[] hits = first.scoreDocs.clone();
        int window = Math.min(hits.length, WINDOW);
        FieldDoc[] top = new FieldDoc[window];
        for (int i = 0; i < window; i++) {
            top[i] = (FieldDoc) hits[i];
            if (Float.isNaN(top[i].score)) {
                // the first pass did not fill scores in (they are replaced here): its sort value is the score
                top[i].score = (Float) top[i].fields[0];
            }
        }
        FieldDoc[] byDoc = top.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(full), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (searcher.getSlices().length <= 1) {
            score(weight, leaves, Arrays.asList(byDoc));
        } else {
            // On the searcher's executor, one task per slice as for the first pass: re-scoring reads the
            // phrases' positions of 300 items, a serial part of a search's wall time otherwise.
            int[] docs = Arrays.stream(byDoc).mapToInt(d -> d.doc).toArray();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int[] at : SliceGroups.positions(searcher, docs)) {
                List<FieldDoc> group = new ArrayList<>(at.length);
                for (int i : at) {
                    group.add(byDoc[i]); // ascending positions in byDoc: ascending doc ids
                }
                tasks.add(() -> {
                    score(weight, leaves, group);
                    return null;
                });
            }
            searcher.getTaskExecutor().invokeAll(tasks);
        }
        Arrays.sort(top, Rescoring::byScoreThenDate);
        System.arraycopy(top, 0, hits, 0, window);
        return new TopFieldDocs(first.totalHits, hits, first.fields);
    }

    /** Re-scores {@code byDoc} (ascending doc ids) in place. */
    private static void score(Weight weight, List<LeafReaderContext> leaves, List<FieldDoc> byDoc) throws IOException {
        int leaf = -1;
        Scorer scorer = null;
        for (FieldDoc d : byDoc) {
            int at = ReaderUtil.subIndex(d.doc, leaves);
            LeafReaderContext ctx = leaves.get(at);
            if (at != leaf) {
                leaf = at;
                scorer = weight.scorer(ctx);
            }
            int target = d.doc - ctx.docBase;
            // Every first-pass hit matches the full query too (it only adds scoring clauses).
            if (scorer != null
                    && scorer.iterator().docID() < target
                    && scorer.iterator().advance(target) == target) {
                d.score = scorer.score();
                d.fields[0] = d.score;
            }
        }
    }

    private static int byScoreThenDate(FieldDoc a, FieldDoc b) {
        int c = Float.compare(b.score, a.score);
        if (c == 0) {
            c = compareDates(b.fields[1], a.fields[1]);
        }
        return c != 0 ? c : Integer.compare(a.doc, b.doc);
    }

    private static int compareDates(Object a, Object b) {
        // a document without a date sorts as Lucene's missing value (0 days)
        return Long.compare(a == null ? 0L : (Long) a, b == null ? 0L : (Long) b);
    }
}
