package org.briefdesk.domain.model.item;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * An item's part in 综合编辑 (combining several units' reports of one event into one item): on a
 * combined item, the sources it was written from, each crediting its unit; on a source, the combined
 * item that used it (被综合采用). Part of the {@link Item} aggregate.
 */
@Embeddable
public class Combination implements Serializable {

    /** Set on a source item once an editor has combined it into another (被综合采用). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "combined_into_id")
    private Item combinedInto;

    /** Whether this item was written by an editor from several units' reports (综合编辑). */
    @Column(nullable = false)
    private boolean combined;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "combined_source", joinColumns = @JoinColumn(name = "combined_item_id"))
    @OrderBy("position")
    private List<CombinedSource> sources = new ArrayList<>();

    /** A combined item's sources: at least two, none already combined or combined into another. */
    static Combination of(List<Item> sourceItems) {
        if (sourceItems == null || sourceItems.size() < 2) {
            throw new BusinessRuleViolation("sources", "综合编辑至少需要两条来源信息");
        }
        Combination c = new Combination();
        c.combined = true;
        int position = 0;
        for (Item source : sourceItems) {
            if (source.isCombined() || source.getCombinedInto() != null) {
                throw new BusinessRuleViolation("sources", "“" + source.getTitle() + "”已被综合，不能再次综合");
            }
            source.requireCombinable();
            c.sources.add(new CombinedSource(source.getId(), source.getUnit().getId(), position++));
        }
        return c;
    }

    void usedIn(Item combinedItem) {
        this.combinedInto = combinedItem;
    }

    /** The units credited: every source's unit of a combined item, else only {@code ownUnitId}. */
    List<Long> reportingUnitIds(long ownUnitId) {
        if (!combined) {
            return List.of(ownUnitId);
        }
        return sources.stream().map(CombinedSource::getUnitId).distinct().toList();
    }

    Item getCombinedInto() {
        return combinedInto;
    }

    boolean isCombined() {
        return combined;
    }

    List<CombinedSource> getSources() {
        return sources;
    }
}
