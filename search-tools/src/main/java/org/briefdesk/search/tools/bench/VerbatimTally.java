package org.briefdesk.search.tools.bench;

/**
 * Stretch queries of one kind, split by how many items carry the stretch word for word. Among k such
 * items no ranking by the query alone can tell which one the stretch was drawn from, so a strict
 * "the item in the top 10" figure is bounded by chance, min(1, 10 / k); these counts let the report
 * say which misses any ranker would make.
 */
final class VerbatimTally {
    /** A stretch word for word in more items than this is ambiguous: more than a top 10 can show. */
    static final int AMBIGUOUS_ITEMS = 10;

    private final int depth;
    private int unique;
    private double uniqueFound;
    private int shared;
    private double sharedFound;
    private double sharedChance;
    private int few;
    private double fewFound;
    private int many;
    private double manyBest;

    VerbatimTally(int depth) {
        this.depth = depth;
    }

    /**
     * One stretch query.
     *
     * @param carriers items that contain the stretch word for word
     * @param found 1 when the source item was in the top {@code depth}, else 0
     * @param topAllCarriers whether the top {@code depth} were all items containing the stretch
     */
    void add(long carriers, double found, boolean topAllCarriers) {
        if (carriers <= AMBIGUOUS_ITEMS) {
            few++;
            fewFound += found;
        } else {
            many++;
            manyBest += topAllCarriers ? 1 : 0;
        }
        if (carriers <= 1) {
            unique++;
            uniqueFound += found;
        } else {
            shared++;
            sharedFound += found;
            sharedChance += Math.min(1.0, depth / (double) carriers);
        }
    }

    int unique() {
        return unique;
    }

    /** Share found among stretches only their source item carries. */
    double uniqueFound() {
        return uniqueFound / Math.max(1, unique);
    }

    int shared() {
        return shared;
    }

    /** Share found among stretches several items carry. */
    double sharedFound() {
        return sharedFound / Math.max(1, shared);
    }

    /** What chance alone would find among stretches several items carry. */
    double sharedChance() {
        return sharedChance / Math.max(1, shared);
    }

    int few() {
        return few;
    }

    /** Share found among stretches at most {@link #AMBIGUOUS_ITEMS} items carry, NaN when there are none. */
    double fewFound() {
        return few == 0 ? Double.NaN : fewFound / few;
    }

    int many() {
        return many;
    }

    /** Share of ambiguous stretches whose top 10 holds only carriers, NaN when there are none. */
    double manyBest() {
        return many == 0 ? Double.NaN : manyBest / many;
    }
}
