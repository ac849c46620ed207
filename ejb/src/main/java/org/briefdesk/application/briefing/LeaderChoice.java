package org.briefdesk.application.briefing;

import java.io.Serializable;
import org.briefdesk.domain.model.account.Account;

/** A leader's account (领导) as the issue page offers it for online distribution. */
public record LeaderChoice(long id, String displayName) implements Serializable {

    static LeaderChoice of(Account a) {
        return new LeaderChoice(a.getId(), a.getDisplayName());
    }
}
