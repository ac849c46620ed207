package org.briefdesk.domain.model.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Shared ranks (并列名次) of a list ordered best first: entries with equal scores share a rank and the
 * next different score skips the places they took (1, 2, 2, 4), as the work plan's evaluation counts
 * them. Ties are decided by score alone, never by the order the list happens to be in.
 */
public final class SharedRanks {

    private final List<Integer> ranks;

    private SharedRanks(List<Integer> ranks) {
        this.ranks = ranks;
    }

    /**
     * The ranks of {@code bestFirst}, which must already be ordered by {@code score}, highest first.
     *
     * @throws IllegalArgumentException if a later entry scores higher than an earlier one
     */
    public static <T> SharedRanks of(List<T> bestFirst, ToLongFunction<? super T> score) {
        List<Integer> ranks = new ArrayList<>(bestFirst.size());
        long previous = Long.MAX_VALUE;
        int rank = 0;
        for (int i = 0; i < bestFirst.size(); i++) {
            long s = score.applyAsLong(bestFirst.get(i));
            if (s > previous) {
                throw new IllegalArgumentException("not ordered by score at position " + (i + 1));
            }
            if (s < previous) {
                rank = i + 1;
                previous = s;
            }
            ranks.add(rank);
        }
        return new SharedRanks(Collections.unmodifiableList(ranks));
    }

    /** The rank (1-based) of the entry at {@code index} (0-based) of the ranked list. */
    public int rankAt(int index) {
        return ranks.get(index);
    }

    /** How many entries rank within the first {@code places}: every entry tied on the last place counts. */
    public int within(int places) {
        int n = 0;
        while (n < ranks.size() && ranks.get(n) <= places) {
            n++;
        }
        return n;
    }

    public List<Integer> asList() {
        return ranks;
    }

    @Override
    public String toString() {
        return ranks.toString();
    }
}
