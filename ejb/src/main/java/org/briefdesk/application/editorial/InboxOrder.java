package org.briefdesk.application.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.briefdesk.domain.model.item.InboxFilter;

/**
 * The inbox's order with each event group kept together, per filter, remembered until an item or a
 * link changes. The inbox and every item page's 上一条/下一条 need it, and computing it reads the
 * links of every matching item; the stamp ({@link org.briefdesk.domain.model.item.ItemInbox#changeStamp})
 * moves with every change of an item and every stored link pass. (A unit's renaming alone does not move
 * it: an inbox sorted by unit follows at the next change of any item.)
 */
@ApplicationScoped
public class InboxOrder {

    /** Filters remembered at once (an office has a few editors; each filter costs a list of ids). */
    private static final int FILTERS = 64;

    /** The ids in grouped order, and each grouped id's whole group. */
    public record Grouped(List<Long> together, Map<Long, List<Long>> groups) {}

    private record Remembered(String stamp, Grouped grouped) {}

    private final Map<InboxFilter, Remembered> remembered = new ConcurrentHashMap<>();

    /** The order for {@code filter} as of {@code stamp}, computed only when not remembered for it. */
    public Grouped of(InboxFilter filter, String stamp, Supplier<Grouped> compute) {
        Remembered r = remembered.get(filter);
        if (r != null && r.stamp().equals(stamp)) {
            return r.grouped();
        }
        Grouped grouped = compute.get();
        if (remembered.size() >= FILTERS) {
            remembered.clear();
        }
        remembered.put(filter, new Remembered(stamp, grouped));
        return grouped;
    }
}
