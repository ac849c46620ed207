package org.briefdesk.search.query;

/**
 * The user's query could not be parsed or is too complex. The message says why, in Chinese;
 * {@link #suggestion()} is the nearest query that works (the same words without the broken
 * syntax), or null when there is none.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private final String query;
    private final String suggestion;

    public QuerySyntaxException(String query, String message, Throwable cause) {
        this(query, message, null, cause);
    }

    public QuerySyntaxException(String query, String message, String suggestion, Throwable cause) {
        super(message, cause);
        this.query = query;
        this.suggestion = suggestion;
    }

    public String query() {
        return query;
    }

    public String suggestion() {
        return suggestion;
    }
}
