package org.briefdesk.application.scoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An item's score with its explanation (得分明细): the submission point and every adoption and
 * instruction line, including those superseded by a higher one.
 */
public record ItemScoreView(
        long itemId,
        String title,
        String unitName,
        LocalDate submittedOn,
        int submissionPoints,
        List<Line> lines,
        long total)
        implements Serializable {

    /** One record's line: what the rule table gives, what counted, and why. */
    public record Line(LocalDate on, String kindLabel, int points, int credited, boolean superseded, String explanation)
            implements Serializable {}
}
