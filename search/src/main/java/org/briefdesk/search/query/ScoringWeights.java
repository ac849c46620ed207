package org.briefdesk.search.query;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Creates the scoring weights of a search (the first pass, Lucene's scores of its top, re-scoring) with
 * their term lookups on the caller's thread. Lucene 9.12 looks each scored term up in every segment as one
 * task per segment on the searcher's executor ({@code TermStates.build}): 15 tasks at 1M items for each of
 * a query's 30–60 terms, for lookups of a few microseconds each, and the pool's threads woken for each.
 * Here the weights come from an executor-less searcher over the same reader (a weight is valid for any
 * searcher of the reader's segments), with the searcher's similarity, query cache and caching policy (the
 * clauses that do not score are cached as before); the search itself still runs slice by slice.
 *
 * <p>Only for scoring: without scores Lucene looks terms up lazily per segment, with no tasks, and wraps
 * the query for its cache in a form of its own ({@code ConstantScoreQuery}), which a wrapper would change.
 */
final class ScoringWeights {
    private final IndexSearcher searcher;
    /** The same reader, without executor: term lookups on the calling thread. */
    private final IndexSearcher serial;

    ScoringWeights(IndexSearcher searcher) {
        this.searcher = searcher;
        this.serial = new IndexSearcher(searcher.getIndexReader());
        serial.setSimilarity(searcher.getSimilarity());
        serial.setQueryCache(searcher.getQueryCache());
        serial.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
    }

    /** {@code q} as a query whose scoring weights for {@link #searcher} look their terms up serially. */
    Query of(Query q) {
        return new Serial(q, this);
    }

    /** Matches and scores as the query it wraps; only where the weight's term lookups run differs. */
    private static final class Serial extends Query {
        private final Query query;
        private final ScoringWeights owner;
        private Query rewritten;

        Serial(Query query, ScoringWeights owner) {
            this.query = query;
            this.owner = owner;
        }

        @Override
        public Query rewrite(IndexSearcher s) {
            return this; // rewritten when a weight is created
        }

        @Override
        public Weight createWeight(IndexSearcher s, ScoreMode scoreMode, float boost) throws IOException {
            if (s != owner.searcher || !scoreMode.needsScores()) {
                // not wrapped for the query cache here: the searcher wraps what it is given
                return s.rewrite(query).createWeight(s, scoreMode, boost);
            }
            synchronized (this) {
                if (rewritten == null) {
                    rewritten = owner.serial.rewrite(query);
                }
            }
            return owner.serial.createWeight(rewritten, scoreMode, boost);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            query.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return query.toString(field);
        }

        @Override
        public boolean equals(Object o) {
            return sameClassAs(o) && query.equals(((Serial) o).query);
        }

        @Override
        public int hashCode() {
            return 31 * classHash() + query.hashCode();
        }
    }
}
