package org.briefdesk.application.column;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * Briefing columns (栏目管理). Every signed-in role reads the list; administrators change it. Items and
 * published issues are never touched: a renamed column is renamed everywhere, a retired one keeps
 * its items.
 */
@Stateless
public class ColumnService {

    @Inject
    BriefingColumnRepository columns;

    /** Every column in printed order, retired ones included. */
    public List<ColumnView> all() {
        Map<Long, Long> counts = columns.itemCounts();
        return columns.all().stream()
                .map(c -> ColumnView.of(c, counts.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    public ColumnView get(long id) {
        BriefingColumn c = find(id);
        return ColumnView.of(c, columns.itemCounts().getOrDefault(id, 0L));
    }

    /** Adds a column at the end of the order. */
    public ColumnView add(Actor actor, String name) {
        actor.require(Role.ADMIN);
        List<BriefingColumn> all = columns.all();
        int last = all.isEmpty() ? 0 : all.get(all.size() - 1).getPosition();
        BriefingColumn column = new BriefingColumn(name, last + 1);
        requireUniqueName(column.getName(), null);
        return ColumnView.of(columns.store(column), 0);
    }

    public ColumnView rename(Actor actor, long id, String name) {
        actor.require(Role.ADMIN);
        BriefingColumn column = find(id);
        requireUniqueName(name == null ? null : name.strip(), id);
        column.rename(name);
        return get(id);
    }

    public ColumnView retire(Actor actor, long id) {
        actor.require(Role.ADMIN);
        find(id).retire();
        return get(id);
    }

    public ColumnView restore(Actor actor, long id) {
        actor.require(Role.ADMIN);
        find(id).restore();
        return get(id);
    }

    /** Puts the columns in the given order (every column's id once). */
    public List<ColumnView> reorder(Actor actor, List<Long> orderedIds) {
        actor.require(Role.ADMIN);
        BriefingColumn.reorder(columns.all(), orderedIds);
        return all();
    }

    /** Moves one column to a 1-based position, shifting the others. */
    public List<ColumnView> move(Actor actor, long id, int position) {
        actor.require(Role.ADMIN);
        List<BriefingColumn> all = columns.all();
        BriefingColumn column = find(id);
        if (position < 1 || position > all.size()) {
            throw new BusinessRuleViolation("position", "位置应在1到" + all.size() + "之间");
        }
        List<Long> ids = new ArrayList<>(all.stream().map(BriefingColumn::getId).toList());
        ids.remove(column.getId());
        ids.add(position - 1, column.getId());
        BriefingColumn.reorder(all, ids);
        return all();
    }

    /**
     * Renames, moves (1-based position), retires or restores a column in one step; a null part stays as
     * it is, and a broken rule changes nothing.
     */
    public ColumnView change(Actor actor, long id, String name, Integer position, Boolean active) {
        actor.require(Role.ADMIN);
        BriefingColumn column = find(id);
        if (name != null && !name.strip().equals(column.getName())) {
            rename(actor, id, name);
        }
        if (position != null) {
            move(actor, id, position);
        }
        if (active != null && active != column.isActive()) {
            if (active) {
                column.restore();
            } else {
                column.retire();
            }
        }
        return get(id);
    }

    private BriefingColumn find(long id) {
        return columns.find(id).orElseThrow(() -> new NotFound("栏目不存在"));
    }

    private void requireUniqueName(String name, Long self) {
        columns.findByName(name).filter(c -> !c.getId().equals(self)).ifPresent(c -> {
            throw new BusinessRuleViolation("name", "栏目“" + name + "”已存在" + (c.isActive() ? "" : "（已停用，可恢复）"));
        });
    }
}
