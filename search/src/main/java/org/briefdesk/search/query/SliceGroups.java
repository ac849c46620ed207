package org.briefdesk.search.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * A page's hits grouped by the searcher's slice that holds them, so that work on the hits after the
 * first pass (re-scoring, highlighting) runs one task per slice on the searcher's executor, as the first
 * pass does: no segment is read by two tasks, and Lucene shares a weight only between slices.
 */
final class SliceGroups {
    private SliceGroups() {}

    /**
     * The positions in {@code docs} (top-level doc ids) grouped by slice: one array per slice that holds
     * any of them, in slice order, each in ascending position order.
     */
    static List<int[]> positions(IndexSearcher searcher, int[] docs) {
        IndexSearcher.LeafSlice[] slices = searcher.getSlices();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] sliceOf = new int[leaves.size()];
        for (int i = 0; i < slices.length; i++) {
            for (LeafReaderContext ctx : slices[i].leaves) {
                sliceOf[ctx.ord] = i;
            }
        }
        int[] count = new int[slices.length];
        int[] slice = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            slice[i] = sliceOf[ReaderUtil.subIndex(docs[i], leaves)];
            count[slice[i]]++;
        }
        int[][] bySlice = new int[slices.length][];
        for (int s = 0; s < slices.length; s++) {
            bySlice[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int i = 0; i < docs.length; i++) {
            bySlice[slice[i]][count[slice[i]]++] = i;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] group : bySlice) {
            if (group.length > 0) {
                out.add(group);
            }
        }
        return out;
    }
}
