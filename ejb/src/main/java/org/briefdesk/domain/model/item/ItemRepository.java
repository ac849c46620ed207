package org.briefdesk.domain.model.item;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Information items (信息). */
public interface ItemRepository {

    Optional<Item> find(long id);

    /** The plain text of the body of each of these items that exists, by id, read in one query. */
    Map<Long, String> plainTexts(Collection<Long> itemIds);

    Item store(Item item);

    /** Writes pending changes now, so the item's version is the one the next change must name. */
    void flush();

    /** Deletes the item with its journal, revisions, attachments and similar links (a draft only). */
    void remove(Item item);

    /** A unit's items, newest first. */
    List<Item> ofUnit(long unitId, int limit);

    /** Items in the given statuses, urgent first, then oldest submission first (the inbox order). */
    List<Item> inStatus(List<ItemStatus> statuses, int limit);

    /** Items in the given statuses, most recently submitted first. */
    List<Item> newestInStatus(List<ItemStatus> statuses, int limit);

    /** Number of items per status. */
    Map<ItemStatus, Long> countByStatus();

    long countUrgentInStatus(ItemStatus status);

    long count();
}
