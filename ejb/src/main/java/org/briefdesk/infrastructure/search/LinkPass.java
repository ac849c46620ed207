package org.briefdesk.infrastructure.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One server's claim to store the duplicate links of the outbox changes in (from, to]: it read the
 * cluster's link watermark {@code from} and computed links for the items those changes touched.
 * Under the watermark row's lock it then learns how far the links really are stored by now, and
 * stores only what nobody stored meanwhile, so every change's links are stored exactly once.
 *
 * @param lastSeqOfItem each changed item with the sequence of its last change in the range
 */
public record LinkPass(long from, long to, Map<Long, Long> lastSeqOfItem) {

    public LinkPass {
        if (to < from) {
            throw new IllegalArgumentException("a link pass ends before it starts: (" + from + ", " + to + "]");
        }
        lastSeqOfItem = Map.copyOf(lastSeqOfItem);
    }

    /** The pass over {@code changes}, which follow the watermark {@code from} in sequence order. */
    public static LinkPass of(long from, List<IndexFeed.Change> changes) {
        Map<Long, Long> last = new LinkedHashMap<>();
        long to = from;
        for (IndexFeed.Change c : changes) {
            last.put(c.itemId(), c.seq());
            to = Math.max(to, c.seq());
        }
        return new LinkPass(from, to, last);
    }

    /**
     * The items whose links this server must store when the watermark stands at {@code watermark}
     * under the lock: none when another server got there first (at or past {@code to}) or when the
     * watermark went back before this pass began (a restored database: compute again from there);
     * otherwise those whose last change lies after it.
     */
    public Set<Long> itemsToStore(long watermark) {
        if (!claimable(watermark)) {
            return Set.of();
        }
        return lastSeqOfItem.entrySet().stream()
                .filter(e -> e.getValue() > watermark)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this pass moves the watermark on from {@code watermark}. */
    public boolean claimable(long watermark) {
        return watermark >= from && watermark < to;
    }
}
