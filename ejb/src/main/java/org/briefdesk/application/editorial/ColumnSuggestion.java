package org.briefdesk.application.editorial;

import java.io.Serializable;
import java.util.List;

/**
 * A suggested column (建议栏目) with its share of the votes (percent) and why: the tagged items like
 * this one that voted for it, nearest first.
 */
public record ColumnSuggestion(Long columnId, String column, int percent, List<Voter> voters) implements Serializable {

    /** A tagged item that voted, with its closeness in percent of the nearest one. */
    public record Voter(long itemId, String title, int percent) implements Serializable {}

    /** The three nearest voters, which the dialog names. */
    public List<Voter> nearestVoters() {
        return voters.subList(0, Math.min(3, voters.size()));
    }

    ColumnSuggestion withColumnId(Long id) {
        return new ColumnSuggestion(id, column, percent, voters);
    }
}
