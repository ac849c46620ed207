package org.briefdesk.application.briefing;

import java.io.Serializable;
import org.briefdesk.domain.model.briefing.BriefingTitle;

/** A briefing title (简报名称) in use, as editors pick it for a new issue. */
public record TitleChoice(long id, String name) implements Serializable {

    static TitleChoice of(BriefingTitle t) {
        return new TitleChoice(t.getId(), t.getName());
    }
}
