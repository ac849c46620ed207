package org.briefdesk.application.item;

import java.util.List;

/**
 * The outbox of item changes (item_change) that the search index follows. A row is written in the
 * caller's transaction, so it commits or rolls back with the change itself; whoever follows the
 * outbox is woken only after that commit.
 */
public interface ChangeOutbox {

    /** Records that the item was created or changed. */
    void itemChanged(long itemId);

    /** Records that many items were created or changed at once (an import's chunk), in this order. */
    default void itemsChanged(List<Long> itemIds) {
        itemIds.forEach(this::itemChanged);
    }
}
