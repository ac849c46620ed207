package org.briefdesk.application.upward;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.scoring.AdoptionView;

/** An upward send as pages and the API show it: what went, to whom, how, and what it earned. */
public record UpwardView(
        long id,
        String seriesLabel,
        String addressee,
        String mailTo,
        String channel,
        String channelLabel,
        Long issueId,
        LocalDate sentOn,
        String sentBy,
        Instant sentAt,
        String packageName,
        List<Line> items,
        List<AdoptionView> adoptions)
        implements Serializable {

    /** One item of the send. */
    public record Line(long itemId, String title, String units) implements Serializable {}
}
