package org.briefdesk.search.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The clauses a parser added only to reward adjacency (the proximity phrase of a stretch's words): each
 * matches only items its stretch's word clauses already match, so dropping them never changes which
 * items match. They are the costly part of scoring (Lucene cannot skip on a sloppy phrase), so the
 * first pass and the facet count run without them and only the top of the ranking is re-scored with them.
 */
final class ScoringOnlyClauses {
    private final Set<Query> marked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Records {@code q} (the very object added to its boolean query) as scoring-only; returns it. */
    Query mark(Query q) {
        marked.add(q);
        return q;
    }

    /** {@code q} without the marked clauses: the same matches, scored without the adjacency reward. */
    Query strip(Query q) {
        if (marked.isEmpty()) {
            return q;
        }
        if (q instanceof BoostQuery bq) {
            Query inner = strip(bq.getQuery());
            return inner == bq.getQuery() ? q : new BoostQuery(inner, bq.getBoost());
        }
        if (!(q instanceof BooleanQuery bool)) {
            return q;
        }
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause c : bool.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.SHOULD && marked.contains(c.getQuery())) {
                changed = true;
                continue;
            }
            Query sub = strip(c.getQuery());
            changed |= sub != c.getQuery();
            b.add(sub, c.getOccur());
        }
        return changed ? b.build() : q;
    }
}
