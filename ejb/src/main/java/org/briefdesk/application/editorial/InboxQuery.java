package org.briefdesk.application.editorial;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.ItemInbox;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.ItemSummary;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;

/**
 * The editors' inbox (收件箱), one page at a time, with each row's strongest similar class and the
 * group of items reporting one event (同一事件组) it belongs to, so an editor sees at a glance which
 * reports to screen together or combine.
 */
@Stateless
public class InboxQuery {

    /** More than a month's inflow; groups are computed among at most this many matching items. */
    static final int GROUPING_LIMIT = 5000;

    @Inject
    ItemInbox inbox;

    @Inject
    SimilarLinkRepository links;

    @Inject
    InboxOrder order;

    public long count(Actor actor, InboxFilter filter) {
        actor.require(Role.EDITOR);
        InboxFilter visible = filter.reachedOffice();
        return visible.statuses().isEmpty() ? 0 : inbox.count(visible);
    }

    public List<InboxRow> page(Actor actor, InboxFilter asked, int first, int pageSize) {
        actor.require(Role.EDITOR);
        // The items' visibility rule (Actor.canRead): editors never list a unit's draft.
        InboxFilter filter = asked.reachedOffice();
        if (filter.statuses().isEmpty()) {
            return List.of();
        }
        InboxOrder.Grouped grouped = grouped(filter);
        List<Long> together = grouped.together();
        Map<Long, List<Long>> groups = grouped.groups();
        int from = Math.max(0, first);
        int size = Math.max(1, pageSize);
        // The page is cut from the grouped order, so a group is never spread over pages.
        List<Long> ids = from < together.size()
                ? together.subList(from, Math.min(together.size(), from + size))
                : inbox.ids(filter, from, size);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemSummary> entries = new HashMap<>();
        inbox.summaries(ids).forEach(e -> entries.put(e.id(), e));
        Map<Long, MatchClass> strongest = links.strongestClass(ids);
        List<InboxRow> rows = new ArrayList<>();
        for (Long id : ids) {
            ItemSummary entry = entries.get(id);
            if (entry != null) {
                rows.add(new InboxRow(entry, strongest.get(id), groups.getOrDefault(id, List.of(id))));
            }
        }
        return rows;
    }

    /** The items before and after one in the inbox's own order (waiting items, groups together); null at an end. */
    public record Neighbours(Long previous, Long next) implements java.io.Serializable {}

    /** Where the desk's 下一条/上一条 lead from {@code itemId}: the neighbours among the waiting items. */
    public Neighbours neighbours(Actor actor, long itemId) {
        actor.require(Role.EDITOR);
        InboxFilter waiting = new InboxFilter(
                EnumSet.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, null, null, true);
        List<Long> together = grouped(waiting).together();
        int at = together.indexOf(itemId);
        if (at < 0) {
            return new Neighbours(null, together.isEmpty() ? null : together.get(0));
        }
        return new Neighbours(
                at == 0 ? null : together.get(at - 1), at + 1 < together.size() ? together.get(at + 1) : null);
    }

    /** The first matching ids with their event groups kept together, remembered until something changes. */
    private InboxOrder.Grouped grouped(InboxFilter filter) {
        return order.of(filter, inbox.changeStamp(), () -> {
            List<Long> ordered = inbox.ids(filter, 0, GROUPING_LIMIT);
            Map<Long, List<Long>> groups = eventGroups(filter, ordered);
            return new InboxOrder.Grouped(List.copyOf(keepTogether(ordered, groups)), Map.copyOf(groups));
        });
    }

    /**
     * The ids in their order, except that the members of an event group follow the group's first
     * member at once (two reports of one event never sit nine rows apart).
     */
    static List<Long> keepTogether(List<Long> ordered, Map<Long, List<Long>> groups) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i), i);
        }
        Set<Long> placed = new HashSet<>();
        List<Long> out = new ArrayList<>(ordered.size());
        for (Long id : ordered) {
            if (!placed.add(id)) {
                continue;
            }
            out.add(id);
            List<Long> members = new ArrayList<>(groups.getOrDefault(id, List.of()));
            members.sort(Comparator.comparingInt(m -> position.getOrDefault(m, Integer.MAX_VALUE)));
            for (Long m : members) {
                if (position.containsKey(m) && placed.add(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Union-find over the DUPLICATE and SAME_EVENT links among {@code ids} (the first items matching
     * {@code filter}): each id to its group, sorted.
     */
    private Map<Long, List<Long>> eventGroups(InboxFilter filter, List<Long> ids) {
        Map<Long, Long> parent = new HashMap<>();
        ids.forEach(id -> parent.put(id, id));
        for (long[] link : inbox.eventLinksAmong(filter)) {
            if (!parent.containsKey(link[0]) || !parent.containsKey(link[1])) {
                continue; // an end beyond the grouping limit
            }
            long a = root(parent, link[0]);
            long b = root(parent, link[1]);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, List<Long>> members = new HashMap<>();
        for (Long id : ids) {
            members.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(id);
        }
        Map<Long, List<Long>> out = new HashMap<>();
        for (List<Long> group : members.values()) {
            if (group.size() > 1) {
                List<Long> sorted = group.stream().sorted().toList();
                sorted.forEach(id -> out.put(id, sorted));
            }
        }
        return out;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    /**
     * One inbox row: a view of the item, never the entity. {@code similar} is null when no similar
     * item is known yet (links are computed in the background); {@code group} holds this item alone
     * or every item of its event group.
     */
    public record InboxRow(ItemSummary item, MatchClass similar, List<Long> group) implements Serializable {

        public boolean grouped() {
            return group.size() > 1;
        }

        /** The group's key, its smallest id: the same on every page, so its colour is too. */
        public long groupKey() {
            return group.get(0);
        }
    }
}
