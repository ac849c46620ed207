package org.briefdesk.domain.model.scoring;

import java.time.LocalDate;
import java.util.List;

/** Stored score lines (计分明细). */
public interface ScoreLineRepository {

    /**
     * Locks the item's row until the transaction ends, so two records added to one item at the same
     * time are scored one after the other and the second sees the first (call before reading records).
     */
    void lockForRescore(long itemId);

    /** Replaces every line of the item with the given ones. */
    void replace(long itemId, List<ScoreLine> lines);

    /** The item's lines, in date order. */
    List<ScoreLine> ofItem(long itemId);

    /** Items that have a line counted in [from, to]. */
    List<Long> itemsCountedBetween(LocalDate from, LocalDate to);
}
