package org.briefdesk.domain.model.item;

import java.util.Collection;
import java.util.List;

/** The editors' inbox (收件箱): items matching an {@link InboxFilter}, one page at a time. */
public interface ItemInbox {

    List<Item> page(InboxFilter filter, int first, int pageSize);

    long count(InboxFilter filter);

    /** The ids of every matching item, in the filter's order, at most {@code limit}. */
    List<Long> ids(InboxFilter filter, int limit);

    /** Pairs {id, id} of DUPLICATE or SAME_EVENT links whose both ends are among {@code itemIds}. */
    List<long[]> eventLinksAmong(Collection<Long> itemIds);
}
