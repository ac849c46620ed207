package org.briefdesk.application.notice;

import java.io.Serializable;
import java.util.List;
import org.briefdesk.domain.model.notice.NoticeKind;

/**
 * A person's notice preferences as the page shows them: the kinds of their role, each with whether it
 * is mailed; the daily digest; and whether mail can reach them at all (an address and a relay).
 */
public record PreferencesView(List<KindChoice> kinds, boolean dailyDigest, String email, boolean relayConfigured)
        implements Serializable {

    /** One kind of notice and whether it is also mailed at once. */
    public record KindChoice(NoticeKind kind, String label, boolean mailed) implements Serializable {}
}
