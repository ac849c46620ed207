package org.briefdesk.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.SimilarMatch;

/**
 * The database side of index maintenance: each call is its own short transaction, so the index
 * updater never holds a transaction open while Lucene works.
 */
@Stateless
public class IndexFeed {

    /** One outbox row. */
    public record Change(long seq, long itemId, ChangeLog.Kind kind) {}

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Inject
    SimilarLinkRepository links;

    private final Clock clock = DistrictTime.clock();

    /** Changes after {@code seq}, in sequence order. */
    public List<Change> after(long seq, int limit) {
        List<?> rows = em.createNativeQuery("select seq, item_id, kind from item_change where seq > ? order by seq")
                .setParameter(1, seq)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Change(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ChangeLog.Kind.valueOf((String)
                                r[2])))
                .toList();
    }

    /** The highest sequence handed out so far. */
    public long lastSequence() {
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /**
     * This database's identity, generated on first use and kept on the outbox counter row, so an
     * index can tell the database it follows from any other (a copy restored from a backup keeps it).
     */
    public String databaseId() {
        em.createNativeQuery("update change_counter set database_id = ? where id = 1 and database_id is null")
                .setParameter(1, UUID.randomUUID().toString())
                .executeUpdate();
        return (String) em.createNativeQuery("select database_id from change_counter where id = 1")
                .getSingleResult();
    }

    /** Ids of every searchable item, oldest first, one page at a time (for rebuilds). */
    public List<Long> indexableIds(long afterId, int limit) {
        return em.createQuery(
                        "select i.id from Item i where i.id > :after and i.status not in"
                                + " (org.briefdesk.domain.model.item.ItemStatus.DRAFT,"
                                + " org.briefdesk.domain.model.item.ItemStatus.WITHDRAWN) order by i.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many items are searchable (the re-analysis job's total). */
    public long indexableCount() {
        return em.createQuery(
                        "select count(i) from Item i where i.status not in"
                                + " (org.briefdesk.domain.model.item.ItemStatus.DRAFT,"
                                + " org.briefdesk.domain.model.item.ItemStatus.WITHDRAWN)",
                        Long.class)
                .getSingleResult();
    }

    /** The search documents of a page of ids, loaded in one query (rebuilds read every item). */
    public List<ItemDocument> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("select i from Item i where i.id in :ids order by i.id", Item.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .filter(ItemDocuments::indexable)
                .map(ItemDocuments::of)
                .toList();
    }

    /** Stores what duplicate detection found for the item, replacing earlier links on either side. */
    public void storeLinks(long itemId, List<SimilarMatch> matches) {
        storeLinks(Map.of(itemId, matches));
    }

    /**
     * Stores what duplicate detection found for a batch of items (in the batch's order) in one
     * transaction, with one existence query and one delete for the batch: item by item, an item's
     * earlier links were loaded and dirty-checked again by every later item's delete, which made an
     * import's batches quadratic. The outcome is the item-by-item one: each item's
     * replacement removed the links that earlier items of the batch had made to it (it found those
     * items itself), so a link to an item later in the batch is left out. Items that are gone are
     * skipped.
     */
    public void storeLinks(Map<Long, List<SimilarMatch>> found) {
        // The link watermark's lock: no other server's link pass writes the same rows meanwhile.
        lockedWatermark();
        storeBatch(found);
    }

    private void storeBatch(Map<Long, List<SimilarMatch>> found) {
        if (found.isEmpty()) {
            return;
        }
        Set<Long> present = new HashSet<>(em.createQuery("select i.id from Item i where i.id in :ids", Long.class)
                .setParameter("ids", found.keySet())
                .getResultList());
        List<Long> stored = found.keySet().stream().filter(present::contains).toList();
        links.replaceFrom(stored, linksOfBatch(found, present, clock.instant()));
    }

    /**
     * The links a batch leaves behind, as if its present items had replaced their links one after the
     * other in the batch's order: a link to an item later in the batch is left out (that item's
     * replacement removed it, and that item links back itself), and an item never links to itself.
     */
    static List<SimilarLink> linksOfBatch(
            Map<Long, List<SimilarMatch>> found, Set<Long> present, java.time.Instant now) {
        Map<Long, Integer> position = new HashMap<>();
        for (Long id : found.keySet()) {
            if (present.contains(id)) {
                position.put(id, position.size());
            }
        }
        List<SimilarLink> rows = new ArrayList<>();
        for (Map.Entry<Long, List<SimilarMatch>> e : found.entrySet()) {
            long itemId = e.getKey();
            Integer itemPosition = position.get(itemId);
            if (itemPosition == null) {
                continue;
            }
            for (SimilarMatch m : e.getValue()) {
                long other = Long.parseLong(m.id());
                Integer otherPosition = position.get(other);
                if (other != itemId && (otherPosition == null || otherPosition < itemPosition)) {
                    rows.add(new SimilarLink(
                            itemId,
                            other,
                            MatchClass.valueOf(m.matchClass().name()),
                            m.score(),
                            LinkEvidenceText.of(m.evidence()),
                            now));
                }
            }
        }
        return rows;
    }

    /** How far the duplicate links are stored, by whichever server of the cluster stored them. */
    public long linkedSequence() {
        return ((Number) em.createNativeQuery("select linked_seq from link_watermark where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Whether every item's links were computed as a whole once (else the first index build does it). */
    public boolean linksComputedForAll() {
        return em.createNativeQuery("select full_pass_at from link_watermark where id = 1")
                        .getSingleResult()
                != null;
    }

    /**
     * Stores the links of {@code pass} unless another server stored them first (see {@link LinkPass}):
     * under the watermark row's lock, only the items no one linked meanwhile, then the watermark moves
     * to the pass's end and the pass is recorded with the server's name. Returns the watermark after.
     */
    public long storeLinksOnce(LinkPass pass, Map<Long, List<SimilarMatch>> found, String node) {
        long watermark = lockedWatermark();
        if (!pass.claimable(watermark)) {
            return watermark;
        }
        Set<Long> mine = pass.itemsToStore(watermark);
        Map<Long, List<SimilarMatch>> toStore = new LinkedHashMap<>();
        found.forEach((itemId, matches) -> {
            if (mine.contains(itemId)) {
                toStore.put(itemId, matches);
            }
        });
        storeBatch(toStore);
        em.createNativeQuery("update link_watermark set linked_seq = ? where id = 1")
                .setParameter(1, pass.to())
                .executeUpdate();
        em.createNativeQuery("insert into link_pass (from_seq, to_seq, node, stored_at) values (?, ?, ?, ?)")
                .setParameter(1, watermark)
                .setParameter(2, pass.to())
                .setParameter(3, node.length() <= 100 ? node : node.substring(0, 100))
                .setParameter(4, clock.instant())
                .executeUpdate();
        return pass.to();
    }

    /** After a rebuild stored every item's links as of change {@code seq}: the watermark is at least there. */
    public void linksComputedForAll(long seq) {
        lockedWatermark();
        em.createNativeQuery("update link_watermark set full_pass_at = ?,"
                        + " linked_seq = case when linked_seq < ? then ? else linked_seq end where id = 1")
                .setParameter(1, clock.instant())
                .setParameter(2, seq)
                .setParameter(3, seq)
                .executeUpdate();
    }

    private long lockedWatermark() {
        return ((Number) em.createNativeQuery("select linked_seq from link_watermark where id = 1 for update")
                        .getSingleResult())
                .longValue();
    }
}
