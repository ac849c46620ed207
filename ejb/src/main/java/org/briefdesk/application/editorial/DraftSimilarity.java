package org.briefdesk.application.editorial;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.similar.MatchClass;

/**
 * Finds archived items like a text still being written (查重): the same comparison the index runs
 * on every saved item, for a draft that is not saved or not indexed yet.
 */
public interface DraftSimilarity {

    /** A likely copy or report of the same event, strongest first. */
    record DraftMatch(long itemId, MatchClass matchClass, double score) {}

    List<DraftMatch> similarTo(String title, String bodyText, String unitName, LocalDate eventDate);
}
