package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.briefdesk.domain.model.item.ItemRevision;
import org.briefdesk.domain.model.item.ItemRevisionRepository;

@ApplicationScoped
public class JpaItemRevisionRepository implements ItemRevisionRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<ItemRevision> of(long itemId) {
        return em.createQuery(
                        "select r from ItemRevision r where r.itemId = :item order by r.number", ItemRevision.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public void store(ItemRevision revision) {
        em.persist(revision);
    }
}
