package org.briefdesk.domain.model.item;

import java.util.List;

/** Kept versions of items' texts (修改记录). */
public interface ItemRevisionRepository {

    /** An item's revisions, number 1 first. */
    List<ItemRevision> of(long itemId);

    void store(ItemRevision revision);
}
