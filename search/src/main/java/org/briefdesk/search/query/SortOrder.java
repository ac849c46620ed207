package org.briefdesk.search.query;

/** Result order. */
public enum SortOrder {
    RELEVANCE,
    DATE_DESC,
    DATE_ASC
}
