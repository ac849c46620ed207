package org.briefdesk.domain.model.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.shared.NotFound;

/**
 * How an issue's entries are laid out (编排): in printed order (by column order, then by place inside
 * the column), moved within or between columns, and numbered without gaps after every change. It
 * works on the {@link BriefingIssue}'s own list; the aggregate decides whether it may change.
 */
final class EntryLayout {

    private static final Comparator<BriefingEntry> PRINT_ORDER = Comparator.comparingInt((BriefingEntry e) ->
                    e.getColumn() == null ? -1 : e.getColumn().getPosition())
            .thenComparingInt(BriefingEntry::getPosition);

    private final List<BriefingEntry> entries;

    EntryLayout(List<BriefingEntry> entries) {
        this.entries = entries;
    }

    List<BriefingEntry> printOrder() {
        List<BriefingEntry> sorted = new ArrayList<>(entries);
        sorted.sort(PRINT_ORDER);
        return sorted;
    }

    BriefingEntry entry(long entryId) {
        return entries.stream()
                .filter(e -> e.getId() != null && e.getId() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该条目不在本期中，可能已被其他编辑移除，请刷新"));
    }

    boolean holdsItem(Long itemId) {
        return entries.stream().anyMatch(e -> Objects.equals(e.getItem().getId(), itemId));
    }

    void append(BriefingEntry entry) {
        entries.add(entry);
        renumber();
    }

    void remove(long entryId) {
        entries.remove(entry(entryId));
        renumber();
    }

    /** The place one step up (-1) or down (+1) from the entry's place inside its column. */
    int stepFrom(BriefingEntry e, int direction) {
        return inColumn(e.getColumn()).indexOf(e) + Integer.signum(direction);
    }

    /** Puts the entry at {@code index} (clamped) of {@code column}'s entries. */
    void moveTo(long entryId, BriefingColumn column, int index) {
        BriefingEntry moving = entry(entryId);
        List<BriefingEntry> target = inColumn(column);
        target.remove(moving);
        int at = Math.max(0, Math.min(index, target.size()));
        target.add(at, moving);
        for (int i = 0; i < target.size(); i++) {
            target.get(i).place(column, i);
        }
        renumber();
    }

    private List<BriefingEntry> inColumn(BriefingColumn column) {
        List<BriefingEntry> in = new ArrayList<>();
        for (BriefingEntry e : printOrder()) {
            if (Objects.equals(id(e.getColumn()), id(column))) {
                in.add(e);
            }
        }
        return in;
    }

    private static Long id(BriefingColumn c) {
        return c == null ? null : c.getId();
    }

    private void renumber() {
        List<BriefingEntry> sorted = printOrder();
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).place(sorted.get(i).getColumn(), i);
        }
    }
}
