package org.briefdesk.search.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;

/**
 * An exact phrase scored from its items and their phrase frequencies kept per segment
 * ({@link StretchSetCache#frequencies}): the phrase's own BM25 scores (the same statistics as Lucene's
 * phrase weight, the same norms), without reading positions again. A common term's title phrase (志愿服务
 * is in the title of 100,000 items of a million) was a third of the first pass; a kept list is advanced
 * and scored for the price of an array read. Without scores it matches the kept items.
 */
final class KeptPhrase extends Query {
    private final PhraseQuery phrase;
    private final StretchSetCache cache;
    /** The last statistics looked up; not part of the query's meaning. */
    private volatile Stats stats;

    KeptPhrase(PhraseQuery phrase, StretchSetCache cache) {
        this.phrase = Objects.requireNonNull(phrase);
        this.cache = Objects.requireNonNull(cache);
    }

    /** The phrase whose items and frequencies are kept. */
    PhraseQuery phrase() {
        return phrase;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return searcher.createWeight(cache.cached(phrase), scoreMode, boost);
        }
        Similarity.SimScorer sim = stats(searcher, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                StretchSetCache.Frequencies f = sim == null ? null : cache.frequencies(context, phrase);
                if (f == null) {
                    // more occurrences in one item than a kept list holds: Lucene's own phrase scorer
                    return searcher.createWeight(phrase, scoreMode, boost).scorer(context);
                }
                if (f.size() == 0) {
                    return null;
                }
                return new Kept(this, f, new LeafSimScorer(sim, context.reader(), phrase.getField(), true), sim);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return searcher.createWeight(phrase, scoreMode, boost).explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // kept already
            }
        };
    }

    /**
     * What Lucene's phrase weight scores with: the terms' statistics in the searched index, summed. The first
     * pass and re-scoring of a search ask with the same searcher and boost: the terms are looked up once.
     */
    private Similarity.SimScorer stats(IndexSearcher searcher, float boost) throws IOException {
        Stats last = stats;
        if (last != null && last.searcher() == searcher && last.boost() == boost) {
            return last.sim();
        }
        Similarity.SimScorer sim = lookUp(searcher, boost);
        stats = new Stats(searcher, boost, sim);
        return sim;
    }

    /** The last statistics looked up, for one searcher and boost; null sim: no term is in the index. */
    private record Stats(IndexSearcher searcher, float boost, Similarity.SimScorer sim) {}

    private Similarity.SimScorer lookUp(IndexSearcher searcher, float boost) throws IOException {
        Term[] terms = phrase.getTerms();
        TermStatistics[] termStats = new TermStatistics[terms.length];
        int n = 0;
        for (Term term : terms) {
            TermStates ts = TermStates.build(searcher, term, true);
            if (ts.docFreq() > 0) {
                termStats[n++] = searcher.termStatistics(term, ts.docFreq(), ts.totalTermFreq());
            }
        }
        CollectionStatistics collection = searcher.collectionStatistics(phrase.getField());
        return n == 0 || collection == null
                ? null
                : searcher.getSimilarity().scorer(boost, collection, ArrayUtil.copyOfSubArray(termStats, 0, n));
    }

    /** Iterates the kept items, scoring each from its kept frequency. */
    private static final class Kept extends Scorer {
        private final StretchSetCache.Frequencies kept;
        private final LeafSimScorer scorer;
        private final float maxScore;
        private int i = -1;
        private int doc = -1;

        Kept(Weight weight, StretchSetCache.Frequencies kept, LeafSimScorer scorer, Similarity.SimScorer sim) {
            super(weight);
            this.kept = kept;
            this.scorer = scorer;
            // the shortest field with the most occurrences: a bound, as Lucene's own without impacts
            this.maxScore = sim.score(Float.MAX_VALUE, 1L);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public float score() throws IOException {
            return scorer.score(doc, kept.frequency(i));
        }

        @Override
        public float getMaxScore(int upTo) {
            return maxScore;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return doc = ++i < kept.size() ? kept.doc(i) : NO_MORE_DOCS;
                }

                @Override
                public int advance(int target) {
                    i = kept.next(i + 1, target);
                    return doc = i < kept.size() ? kept.doc(i) : NO_MORE_DOCS;
                }

                @Override
                public long cost() {
                    return kept.size();
                }
            };
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return phrase.toString(field);
    }

    /**
     * Equal when the phrases are: the cache only says where the items are kept, not what matches or how it
     * scores (as for {@link StretchSetCache}'s cached filters).
     */
    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && phrase.equals(((KeptPhrase) o).phrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), phrase);
    }
}
