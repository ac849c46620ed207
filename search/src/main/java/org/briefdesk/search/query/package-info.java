/**
 * Searching the item index: the request and result records, the query parser that accepts the
 * editors' syntax (Chinese field names, quotes, AND/OR/NOT), scoring, facet counting and exact
 * highlighting. Uses {@code analysis} and {@code document}; never the facade at the package root.
 */
package org.briefdesk.search.query;
