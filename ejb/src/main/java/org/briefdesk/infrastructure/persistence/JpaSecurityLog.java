package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.briefdesk.domain.model.audit.SecurityEvent;
import org.briefdesk.domain.model.audit.SecurityLog;

@ApplicationScoped
public class JpaSecurityLog implements SecurityLog {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public void store(SecurityEvent event) {
        em.persist(event);
    }

    @Override
    public List<SecurityEvent> latest(int limit) {
        return em.createQuery("select e from SecurityEvent e order by e.at desc, e.id desc", SecurityEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
