package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.briefdesk.application.search.ArchiveSearch;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;

/** Searches the server's one Lucene index. */
@ApplicationScoped
public class LuceneArchiveSearch implements ArchiveSearch {

    @Inject
    SearchIndex search;

    @Override
    public SearchResult search(SearchRequest request) {
        try {
            return search.index().search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
