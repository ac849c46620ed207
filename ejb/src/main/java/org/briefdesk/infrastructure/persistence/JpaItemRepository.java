package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;

@ApplicationScoped
public class JpaItemRepository implements ItemRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Item> find(long id) {
        return Optional.ofNullable(em.find(Item.class, id));
    }

    @Override
    public Map<Long, String> plainTexts(Collection<Long> itemIds) {
        Map<Long, String> texts = new HashMap<>();
        if (itemIds.isEmpty()) {
            return texts;
        }
        for (Object[] row : em.createQuery("select i.id, i.body.text from Item i where i.id in :ids", Object[].class)
                .setParameter("ids", itemIds)
                .getResultList()) {
            texts.put((Long) row[0], (String) row[1]);
        }
        return texts;
    }

    @Override
    public void remove(Item item) {
        // The database cascades to the journal, revisions, attachments and similar links.
        em.remove(em.contains(item) ? item : em.merge(item));
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Item store(Item item) {
        if (item.getId() == null) {
            em.persist(item);
            return item;
        }
        return em.merge(item);
    }

    @Override
    public List<Item> ofUnit(long unitId, int limit) {
        return em.createQuery(
                        "select i from Item i where i.unit.id = :unit order by i.createdAt desc, i.id desc", Item.class)
                .setParameter("unit", unitId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Item> inStatus(List<ItemStatus> statuses, int limit) {
        return em.createQuery(
                        "select i from Item i where i.status in :statuses"
                                + " order by i.urgent desc, i.submittedAt asc, i.id asc",
                        Item.class)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Item> newestInStatus(List<ItemStatus> statuses, int limit) {
        return em.createQuery(
                        "select i from Item i where i.status in :statuses" + " order by i.submittedAt desc, i.id desc",
                        Item.class)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<ItemStatus, Long> countByStatus() {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("select i.status, count(i) from Item i group by i.status", Object[].class)
                .getResultList()) {
            counts.put((ItemStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public long countUrgentInStatus(ItemStatus status) {
        return em.createQuery("select count(i) from Item i where i.status = :s and i.urgent = true", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from Item i", Long.class).getSingleResult();
    }
}
