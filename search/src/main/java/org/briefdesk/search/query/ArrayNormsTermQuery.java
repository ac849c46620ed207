package org.briefdesk.search.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A term query whose scorer reads the documents' norms from {@link SegmentNorms} instead of the index
 * file: Lucene's own {@link TermScorer} with the same postings, impacts, statistics and norm values, so
 * the same matches, scores and maximum scores. Without scores it is the term query itself. Only the
 * scoring weights of a search use it ({@link ScoringWeights}); it never reaches a query cache.
 */
final class ArrayNormsTermQuery extends Query {
    /** Where a search's scoring weights look their terms up: each term once per search. */
    interface Lookups {
        TermStates of(IndexSearcher searcher, Term term) throws IOException;
    }

    private final TermQuery query;
    private final SegmentNorms norms;
    private final Lookups lookups;

    ArrayNormsTermQuery(TermQuery query, SegmentNorms norms, Lookups lookups) {
        this.query = Objects.requireNonNull(query);
        this.norms = Objects.requireNonNull(norms);
        this.lookups = Objects.requireNonNull(lookups);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return query.createWeight(searcher, scoreMode, boost);
        }
        Term term = query.getTerm();
        TermStates states = lookups.of(searcher, term);
        // Lucene's weight on the same lookups, for explanations and matches
        Weight lucenes = new TermQuery(term, states).createWeight(searcher, scoreMode, boost);
        // the statistics TermQuery's weight scores with
        Similarity.SimScorer sim = null;
        if (states.docFreq() > 0) {
            CollectionStatistics collection = searcher.collectionStatistics(term.field());
            sim = searcher.getSimilarity()
                    .scorer(boost, collection, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        }
        Similarity.SimScorer scorer = sim;
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                TermState state = states.get(context);
                if (state == null || scorer == null) {
                    return null;
                }
                TermsEnum terms = context.reader().terms(term.field()).iterator();
                terms.seekExact(term.bytes(), state);
                int docFreq = terms.docFreq();
                Weight weight = this;
                return new ScorerSupplier() {
                    private boolean topLevelScoringClause;

                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        LeafSimScorer leafScorer = new LeafSimScorer(
                                scorer,
                                norms.keeps(term.field()) ? norms.of(context) : context.reader(),
                                term.field(),
                                true);
                        return scoreMode == ScoreMode.TOP_SCORES
                                ? new TermScorer(
                                        weight, terms.impacts(PostingsEnum.FREQS), leafScorer, topLevelScoringClause)
                                : new TermScorer(weight, terms.postings(null, PostingsEnum.FREQS), leafScorer);
                    }

                    @Override
                    public long cost() {
                        return docFreq;
                    }

                    @Override
                    public void setTopLevelScoringClause() {
                        topLevelScoringClause = true;
                    }
                };
            }

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                ScorerSupplier s = scorerSupplier(context);
                return s == null ? null : s.get(Long.MAX_VALUE);
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                return lucenes.matches(context, doc);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return lucenes.explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    /** Equal when the terms are: where the norms are read from changes no match and no score. */
    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && query.equals(((ArrayNormsTermQuery) o).query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query);
    }
}
