package org.briefdesk.application.editorial;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.model.item.ItemRevision;
import org.briefdesk.domain.model.item.SentenceDiff;

/**
 * One kept version of an item's text (修改记录) and what changed against the version before it:
 * the sentences marked in {@code diffHtml} (null for version 1, the text as first sent).
 */
public record RevisionView(
        int number, String actorName, Instant at, String title, String bodyText, String diffHtml, long changed)
        implements Serializable {

    /** The versions in order, each compared with the one before it. */
    static List<RevisionView> of(List<ItemRevision> kept) {
        List<RevisionView> views = new ArrayList<>();
        ItemRevision previous = null;
        for (ItemRevision r : kept) {
            String diff = null;
            long changed = 0;
            if (previous != null) {
                SentenceDiff.Result d = SentenceDiff.compare(
                        previous.getTitle() + "\n" + previous.getBody().getText(),
                        r.getTitle() + "\n" + r.getBody().getText());
                diff = d.unifiedHtml();
                changed = d.changedSentences();
            }
            views.add(new RevisionView(
                    r.getNumber(),
                    r.getActorName(),
                    r.getAt(),
                    r.getTitle(),
                    r.getBody().getText(),
                    diff,
                    changed));
            previous = r;
        }
        return views;
    }
}
