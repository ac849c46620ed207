package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;

@ApplicationScoped
public class JpaSimilarLinkRepository implements SimilarLinkRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<SimilarLink> of(long itemId) {
        // One query per end, each on its index: "itemId = :id or otherItemId = :id" made H2 read every link.
        return Stream.of("itemId", "otherItemId")
                .flatMap(end -> em
                        .createQuery("select l from SimilarLink l where l." + end + " = :id", SimilarLink.class)
                        .setParameter("id", itemId)
                        .getResultList()
                        .stream())
                .distinct()
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
        // Only (item, class) pairs, grouped in the database: an early report may have hundreds of links.
        for (String end : List.of("itemId", "otherItemId")) {
            for (Object[] row : em.createQuery(
                            "select l." + end + ", l.matchClass from SimilarLink l where l." + end
                                    + " in :ids group by l." + end + ", l.matchClass",
                            Object[].class)
                    .setParameter("ids", itemIds)
                    .getResultList()) {
                out.merge((Long) row[0], (MatchClass) row[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return out;
    }
}
