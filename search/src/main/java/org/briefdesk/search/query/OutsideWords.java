package org.briefdesk.search.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A phrase alternative of a stretch, matching only the items the stretch's words do not match,
 * scored as the phrase. Unlike {@code +phrase -words} (where Lucene reads the phrase's positions
 * before looking at the exclusion), an item the words match is ruled out by their postings alone,
 * so the phrase's positions are read only for the few items that have the phrase's bigrams but not
 * the words.
 */
final class OutsideWords extends Query {
    private final Query phrase;
    private final Query words;

    OutsideWords(Query phrase, Query words) {
        this.phrase = Objects.requireNonNull(phrase);
        this.words = Objects.requireNonNull(words);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query p = phrase.rewrite(searcher);
        Query w = words.rewrite(searcher);
        return p == phrase && w == words ? this : new OutsideWords(p, w);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight p = searcher.createWeight(phrase, scoreMode, boost);
        Weight w = searcher.createWeight(words, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer ps = p.scorer(context);
                if (ps == null) {
                    return null;
                }
                Scorer ws = w.scorer(context);
                return ws == null ? ps : new Outside(this, ps, ws.iterator());
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                if (w.explain(context, doc).isMatch()) {
                    return Explanation.noMatch("the stretch's words match: scored by the full query");
                }
                return p.explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return p.isCacheable(ctx) && w.isCacheable(ctx);
            }
        };
    }

    /** The phrase's scorer whose two-phase check first asks the words' postings. */
    private static final class Outside extends Scorer {
        private final Scorer phrase;
        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;

        Outside(Weight weight, Scorer phrase, DocIdSetIterator words) {
            super(weight);
            this.phrase = phrase;
            TwoPhaseIterator own = phrase.twoPhaseIterator();
            this.approximation = own == null ? phrase.iterator() : own.approximation();
            this.twoPhase = new TwoPhaseIterator(approximation) {
                @Override
                public boolean matches() throws IOException {
                    int doc = approximation.docID();
                    int w = words.docID();
                    if (w < doc) {
                        w = words.advance(doc);
                    }
                    return w != doc && (own == null || own.matches());
                }

                @Override
                public float matchCost() {
                    return own == null ? 1 : own.matchCost();
                }
            };
        }

        @Override
        public int docID() {
            return approximation.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            return phrase.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return phrase.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return phrase.getMaxScore(upTo);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
        phrase.visit(v);
        words.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST_NOT, this));
    }

    @Override
    public String toString(String field) {
        return "(" + phrase.toString(field) + " outside " + words.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && phrase.equals(((OutsideWords) o).phrase) && words.equals(((OutsideWords) o).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), phrase, words);
    }
}
