package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One source of a combined item (综合编辑的来源): the item and the unit it credits. */
@Embeddable
public class CombinedSource implements Serializable {

    @Column(name = "source_item_id", nullable = false)
    private long itemId;

    @Column(name = "source_unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private int position;

    protected CombinedSource() {}

    CombinedSource(long itemId, long unitId, int position) {
        this.itemId = itemId;
        this.unitId = unitId;
        this.position = position;
    }

    public long getItemId() {
        return itemId;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getPosition() {
        return position;
    }
}
