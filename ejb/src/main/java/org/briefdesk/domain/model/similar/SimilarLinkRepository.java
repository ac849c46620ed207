package org.briefdesk.domain.model.similar;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Stored duplicate-detection results (相似信息). */
public interface SimilarLinkRepository {

    /** Links on either side of the item, strongest class first, then by score. */
    List<SimilarLink> of(long itemId);

    /** Replaces every link that involves {@code itemId}, on either side, with {@code links}. */
    void replaceFrom(long itemId, List<SimilarLink> links);

    /**
     * Replaces every link that involves any of {@code itemIds}, on either side, with {@code links}:
     * one delete for the whole batch (an import stores 500 items' links at a time).
     */
    void replaceFrom(Collection<Long> itemIds, List<SimilarLink> links);

    /** For an inbox page: the strongest class linked to each of the given items. */
    Map<Long, MatchClass> strongestClass(Collection<Long> itemIds);
}
