package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    @Override
    public List<SecurityEvent> find(Filter filter, int limit) {
        StringBuilder jpql = new StringBuilder("select e from SecurityEvent e where 1 = 1");
        if (filter.login() != null) {
            jpql.append(" and e.login = :login");
        }
        if (filter.kind() != null) {
            jpql.append(" and e.kind = :kind");
        }
        if (filter.from() != null) {
            jpql.append(" and e.at >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and e.at < :to");
        }
        TypedQuery<SecurityEvent> q =
                em.createQuery(jpql.append(" order by e.at desc, e.id desc").toString(), SecurityEvent.class);
        if (filter.login() != null) {
            q.setParameter("login", filter.login());
        }
        if (filter.kind() != null) {
            q.setParameter("kind", filter.kind());
        }
        if (filter.from() != null) {
            q.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            q.setParameter("to", filter.to());
        }
        return q.setMaxResults(limit).getResultList();
    }
}
