package org.briefdesk.search.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * How the first pass differs from the full query, which only re-scores the top of the first pass's
 * ranking. Two kinds of clauses are costly to score on every match, because each candidate's
 * positions must be read:
 *
 * <ul>
 *   <li>clauses added only to reward adjacency (the proximity phrase of a stretch's words) match only
 *       items the stretch's word clauses already match: the first pass and the facet count drop them;
 *   <li>phrase alternatives of a stretch (its bigram phrase, its variants' phrases) match items of
 *       their own: the first pass keeps them only for items the stretch's words do not match (same
 *       matches). At 1M items a stretch's common words match hundreds of thousands of items, and
 *       reading the phrase's positions in every one of them was most of a search's time. The items
 *       outside the words are a filter ({@link OutsideWords}) that Lucene's query cache keeps once a
 *       stretch recurs, so a common stretch's bigram postings are then not read at all.
 * </ul>
 */
final class ScoringOnlyClauses {
    private final Set<Query> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Query, Query> firstPass = new IdentityHashMap<>();
    /** Where the first pass keeps its phrase filters between searches, or null (not kept). */
    private StretchSetCache kept;

    /** Keeps the phrase filters of the first pass in {@code cache} between searches. */
    void keep(StretchSetCache cache) {
        this.kept = cache;
    }

    /** Records {@code q} (the very object added to its boolean query) as scoring-only; returns it. */
    Query mark(Query q) {
        marked.add(q);
        return q;
    }

    /**
     * Records {@code phrase} (the very object added to its boolean query beside {@code words}) as
     * scored in the first pass only where {@code words} do not match; returns it.
     */
    Query outside(Query phrase, Query words) {
        // The few items outside the words are a filter (Lucene's query cache keeps the filters that
        // recur, as a stretch's common words do) that leads the phrase, scored on those items only.
        Query outside = new OutsideWords(phrase, words);
        firstPass.put(
                phrase,
                new BooleanQuery.Builder()
                        .add(kept == null ? outside : kept.cached(outside), BooleanClause.Occur.FILTER)
                        .add(phrase, BooleanClause.Occur.MUST)
                        .build());
        return phrase;
    }

    /**
     * Records {@code scored} (the very object added to its boolean query: {@code phrase}, boosted) as scored
     * in the first pass from the phrase's items and frequencies kept between searches ({@link KeptPhrase}):
     * the same matches and scores, but the first pass advances a kept list instead of the phrase's bigram
     * postings, which a common stretch's bigrams make as long as its words' (the title phrase of 志愿服务
     * was a third of the first pass at 1M). Unchanged when nothing is kept. Returns {@code scored}.
     */
    Query keptPhrase(Query scored, Query phrase) {
        if (kept != null && phrase instanceof PhraseQuery p) {
            firstPass.put(scored, replace(scored, phrase, new KeptPhrase(p, kept)));
        }
        return scored;
    }

    /** {@code q} with {@code inner} (under its boosts) replaced by {@code by}. */
    private static Query replace(Query q, Query inner, Query by) {
        if (q == inner) {
            return by;
        }
        return q instanceof BoostQuery bq ? new BoostQuery(replace(bq.getQuery(), inner, by), bq.getBoost()) : q;
    }

    /**
     * {@code q} as the first pass runs it: without the adjacency-only clauses, phrase alternatives only
     * outside their words. The same matches; items matching both a stretch's words and its phrase are
     * scored without the phrase until re-scored.
     */
    Query strip(Query q) {
        if (marked.isEmpty() && firstPass.isEmpty()) {
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
            Query sub = c.getOccur() == BooleanClause.Occur.SHOULD && firstPass.containsKey(c.getQuery())
                    ? firstPass.get(c.getQuery())
                    : strip(c.getQuery());
            changed |= sub != c.getQuery();
            b.add(sub, c.getOccur());
        }
        return changed ? b.build() : q;
    }
}
