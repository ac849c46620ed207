package org.briefdesk.application.search;

import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A search text the parser cannot read, or one too complex to run: the message says why in Chinese,
 * {@link #suggestion()} is the nearest query that works (null when none), for the page to offer.
 */
public class MalformedQuery extends BusinessRuleViolation {

    private final String suggestion;

    public MalformedQuery(String message, String suggestion) {
        super("q", message);
        this.suggestion = suggestion;
    }

    public String suggestion() {
        return suggestion;
    }
}
