package org.briefdesk.domain.model.savedsearch;

import java.util.List;
import java.util.Optional;

/** Saved searches (保存的检索). */
public interface SavedSearchRepository {

    Optional<SavedSearch> find(long id);

    SavedSearch store(SavedSearch search);

    void remove(SavedSearch search);

    /** The account's saved searches, newest first. */
    List<SavedSearch> of(long accountId);

    long countOf(long accountId);
}
