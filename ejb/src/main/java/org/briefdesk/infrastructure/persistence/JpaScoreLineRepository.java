package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.scoring.ScoreLine;
import org.briefdesk.domain.model.scoring.ScoreLineRepository;

@ApplicationScoped
public class JpaScoreLineRepository implements ScoreLineRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public void lockForRescore(long itemId) {
        Item item = em.find(Item.class, itemId);
        if (item != null) {
            em.lock(item, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public void replace(long itemId, List<ScoreLine> lines) {
        em.createQuery("delete from ScoreLine l where l.itemId = :item")
                .setParameter("item", itemId)
                .executeUpdate();
        for (ScoreLine l : lines) {
            em.persist(l);
        }
    }

    @Override
    public List<ScoreLine> ofItem(long itemId) {
        return em.createQuery(
                        "select l from ScoreLine l where l.itemId = :item order by l.countedOn, l.kind, l.recordId",
                        ScoreLine.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public List<Long> itemsCountedBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select distinct l.itemId from ScoreLine l where l.countedOn between :from and :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
