package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.briefdesk.domain.model.audit.AuditEvent;
import org.briefdesk.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public void store(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> ofItem(long itemId) {
        return em.createQuery("select e from AuditEvent e where e.itemId = :item order by e.at, e.id", AuditEvent.class)
                .setParameter("item", itemId)
                .getResultList();
    }
}
