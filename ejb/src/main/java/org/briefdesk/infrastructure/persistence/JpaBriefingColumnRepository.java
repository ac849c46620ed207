package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;

@ApplicationScoped
public class JpaBriefingColumnRepository implements BriefingColumnRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<BriefingColumn> find(long id) {
        return Optional.ofNullable(em.find(BriefingColumn.class, id));
    }

    @Override
    public Optional<BriefingColumn> findByName(String name) {
        return em.createQuery("select c from BriefingColumn c where c.name = :name", BriefingColumn.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<BriefingColumn> all() {
        return em.createQuery("select c from BriefingColumn c order by c.position, c.name", BriefingColumn.class)
                .getResultList();
    }

    @Override
    public List<BriefingColumn> active() {
        return em.createQuery(
                        "select c from BriefingColumn c where c.active = true order by c.position, c.name",
                        BriefingColumn.class)
                .getResultList();
    }

    @Override
    public BriefingColumn store(BriefingColumn column) {
        if (column.getId() == null) {
            em.persist(column);
            return column;
        }
        return em.merge(column);
    }

    @Override
    public Map<Long, Long> itemCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select c.id, count(i) from Item i join i.tags.columns c group by c.id", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
