package org.briefdesk.domain.model.item;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The briefing columns an item is tagged into (归入栏目), in printed order. A retired column is given to
 * no item any more, but the items that carry it keep it: no choice list offers it, so a new tagging
 * cannot mean to drop it.
 */
@Embeddable
public class ColumnTags implements Serializable {

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "item_column",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "column_id"))
    @OrderBy("position")
    private Set<BriefingColumn> columns = new LinkedHashSet<>();

    /** The columns in use become exactly {@code newColumns}; none removes every one. */
    void retag(Collection<BriefingColumn> newColumns) {
        for (var c : newColumns) {
            if (!c.isActive() && !columns.contains(c)) {
                throw new BusinessRuleViolation("columns", "栏目“" + c.getName() + "”已停用");
            }
        }
        columns.removeIf(BriefingColumn::isActive);
        columns.addAll(newColumns);
    }

    void add(Collection<BriefingColumn> more) {
        columns.addAll(more);
    }

    Set<BriefingColumn> get() {
        return Collections.unmodifiableSet(columns);
    }
}
