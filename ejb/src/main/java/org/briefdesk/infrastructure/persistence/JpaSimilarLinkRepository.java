package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;

@ApplicationScoped
public class JpaSimilarLinkRepository implements SimilarLinkRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<SimilarLink> of(long itemId) {
        return em
                .createQuery(
                        "select l from SimilarLink l where l.itemId = :id or l.otherItemId = :id", SimilarLink.class)
                .setParameter("id", itemId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(SimilarLink::getMatchClass)
                        .thenComparing(Comparator.comparingDouble(SimilarLink::getScore)
                                .reversed()))
                .toList();
    }

    @Override
    public void replaceFrom(long itemId, List<SimilarLink> links) {
        replaceFrom(List.of(itemId), links);
    }

    @Override
    public void replaceFrom(Collection<Long> itemIds, List<SimilarLink> links) {
        // Links in both directions go: the item changed, so what others found earlier may no longer
        // hold. Two deletes, each on its own index: with "or" H2 scanned the whole table.
        if (!itemIds.isEmpty()) {
            em.createQuery("delete from SimilarLink l where l.itemId in :ids")
                    .setParameter("ids", itemIds)
                    .executeUpdate();
            em.createQuery("delete from SimilarLink l where l.otherItemId in :ids")
                    .setParameter("ids", itemIds)
                    .executeUpdate();
        }
        for (SimilarLink l : links) {
            em.persist(l);
        }
    }

    @Override
    public Map<Long, MatchClass> strongestClass(Collection<Long> itemIds) {
        Map<Long, MatchClass> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        for (SimilarLink l : em.createQuery(
                        "select l from SimilarLink l where l.itemId in :ids or l.otherItemId in :ids",
                        SimilarLink.class)
                .setParameter("ids", itemIds)
                .getResultList()) {
            for (long id : new long[] {l.getItemId(), l.getOtherItemId()}) {
                if (itemIds.contains(id)) {
                    out.merge(id, l.getMatchClass(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return out;
    }
}
