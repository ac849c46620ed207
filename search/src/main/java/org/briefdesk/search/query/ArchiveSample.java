package org.briefdesk.search.query;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * An evenly spread sample of the archive: one block of {@link #BLOCK} consecutive documents (by
 * index-wide doc id) out of every {@code stride} blocks. Items are indexed in the order they were
 * written or imported, so the sample covers the archive's whole time span. Counting a query's
 * matches inside it costs about 1/stride of counting them all: the query's postings jump from one
 * block to the next on their skip data instead of visiting every match.
 */
final class ArchiveSample extends Query {
    static final int BLOCK = 128;

    private final int stride;

    ArchiveSample(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be ≥ 1");
        }
        this.stride = stride;
    }

    /** How many of the reader's documents (deleted ones included) the sample holds. */
    long size(IndexReader reader) {
        long n = 0;
        for (long start = 0; start < reader.maxDoc(); start += (long) BLOCK * stride) {
            n += Math.min(BLOCK, reader.maxDoc() - start);
        }
        return n;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(
                        this,
                        score(),
                        scoreMode,
                        new Blocks(context.docBase, context.reader().maxDoc(), stride));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // as cheap to iterate as a cached bit set, and one per stride would crowd the cache
            }
        };
    }

    /** The sampled doc ids of one segment, whose first document is index-wide doc {@code docBase}. */
    private static final class Blocks extends DocIdSetIterator {
        private final int docBase;
        private final int maxDoc;
        private final int stride;
        private int doc = -1;

        Blocks(int docBase, int maxDoc, int stride) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.stride = stride;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                return doc = NO_MORE_DOCS;
            }
            long block = ((long) docBase + target) / BLOCK;
            if (block % stride != 0) {
                long next = (block / stride + 1) * stride * BLOCK - docBase;
                return doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            }
            return doc = target;
        }

        @Override
        public long cost() {
            return maxDoc / stride + BLOCK;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "ArchiveSample(1/" + stride + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && stride == ((ArchiveSample) o).stride;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + stride;
    }
}
