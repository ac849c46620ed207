package org.briefdesk.application.search;

import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;

/**
 * The full-text index of the archive as the search use case sees it: one request, one page of
 * results. A query the parser cannot read fails with the search module's
 * {@link org.briefdesk.search.query.QuerySyntaxException}.
 */
public interface ArchiveSearch {

    SearchResult search(SearchRequest request);
}
