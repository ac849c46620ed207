package org.briefdesk.domain.model.item;

import java.util.Collection;
import java.util.List;

/** The editors' inbox (收件箱): items matching an {@link InboxFilter}, one page at a time. */
public interface ItemInbox {

    long count(InboxFilter filter);

    /** The ids of the matching items in the filter's order, from {@code first}, at most {@code limit}. */
    List<Long> ids(InboxFilter filter, int first, int limit);

    /** Summaries of these items, in no particular order; ids of items that are gone are left out. */
    List<ItemSummary> summaries(Collection<Long> itemIds);

    /**
     * Pairs {id, id} of DUPLICATE or SAME_EVENT links whose both ends match {@code filter}, read by
     * joining the links to the filter instead of sending every matching id to the database.
     */
    List<long[]> eventLinksAmong(InboxFilter filter);

    /**
     * A value that changes whenever an item changes (the index's outbox counter) or links are stored
     * (the link watermark and the last full pass): what was computed from items and links under one
     * stamp holds as long as the stamp is the same.
     */
    String changeStamp();
}
