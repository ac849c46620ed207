package org.briefdesk.search.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Segmentations of recently seen Han runs. HanLP's result for a run depends only on the run's
 * characters (the local {@link Lexicon} cuts runs before HanLP sees them, and HanLP's own global
 * dictionaries are never changed by Briefdesk), so a cached result is exactly what HanLP would
 * return. Reports repeat the register's stock clauses (“深入开展”, “下一步，我们将”), which
 * made HanLP's Viterbi search the largest indexing cost in the profile.
 *
 * <p>Bounded: when full it is emptied and refills with what recurs (cheaper and lock-free compared
 * with an LRU; stock clauses come back within a few items).
 */
final class ClauseCache {
    /**
     * ~250 bytes per entry: about 16 MB at most, per JVM. On the import bench's archive, 32k entries
     * were emptied every few thousand items and HanLP saw 28% more runs than with 64k.
     */
    static final int CAPACITY = 65_536;
    /** Longer runs rarely repeat and would only take room. */
    static final int MAX_KEY = 64;

    private final ConcurrentHashMap<String, SegmentedClause> map = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    SegmentedClause get(String run, Function<String, SegmentedClause> segment) {
        if (run.length() > MAX_KEY) {
            misses.increment();
            return segment.apply(run);
        }
        SegmentedClause c = map.get(run);
        if (c != null) {
            hits.increment();
            return c;
        }
        misses.increment();
        c = segment.apply(run);
        if (map.size() >= CAPACITY) {
            map.clear();
        }
        map.put(run, c);
        return c;
    }

    /** Share of lookups answered from the cache since this segmenter was created. */
    double hitRate() {
        long h = hits.sum();
        long total = h + misses.sum();
        return total == 0 ? 0 : (double) h / total;
    }
}
