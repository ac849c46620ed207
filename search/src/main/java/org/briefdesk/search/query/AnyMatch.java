package org.briefdesk.search.query;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Whether a query matches anything, stopping at the first match. A strict query that finds nothing is
 * relaxed at once: scoring it first cost as much as the relaxed search (its per-word disjunctions
 * scored with block maxima over every candidate of the rarest stretch). Matches only, without scores,
 * the same candidates are visited without the score bookkeeping and the optional clauses, and a
 * query that does match stops at its first item.
 */
final class AnyMatch {
    private AnyMatch() {}

    static boolean in(IndexSearcher searcher, Query query) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s != null && any(s, leaf.reader().getLiveDocs())) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(Scorer s, Bits live) throws IOException {
        TwoPhaseIterator twoPhase = s.twoPhaseIterator();
        DocIdSetIterator it = twoPhase == null ? s.iterator() : twoPhase.approximation();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            if ((live == null || live.get(d)) && (twoPhase == null || twoPhase.matches())) {
                return true;
            }
        }
        return false;
    }
}
