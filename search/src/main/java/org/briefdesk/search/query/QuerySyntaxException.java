package org.briefdesk.search.query;

/** The user's query could not be parsed; the message says where and why, in Chinese and English. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private final String query;

  public QuerySyntaxException(String query, String message, Throwable cause) {
    super(message, cause);
    this.query = query;
  }

  public String query() {
    return query;
  }
}
