package org.briefdesk.domain.shared;

/**
 * A domain rule was broken by the caller's input or request (业务规则不允许).
 * The message is Chinese and meant for the user: the UI and the REST API show it as it is.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;

    public BusinessRuleViolation(String message) {
        this(null, message);
    }

    public BusinessRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the message is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
