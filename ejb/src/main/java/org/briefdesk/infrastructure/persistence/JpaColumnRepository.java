package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.column.Column;
import org.briefdesk.domain.model.column.ColumnRepository;

@ApplicationScoped
public class JpaColumnRepository implements ColumnRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Column> find(long id) {
        return Optional.ofNullable(em.find(Column.class, id));
    }

    @Override
    public Optional<Column> findByName(String name) {
        return em.createQuery("select c from Column c where c.name = :name", Column.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Column> all() {
        return em.createQuery("select c from Column c order by c.position, c.name", Column.class).getResultList();
    }

    @Override
    public List<Column> active() {
        return em.createQuery("select c from Column c where c.active = true order by c.position, c.name", Column.class)
                .getResultList();
    }

    @Override
    public Column store(Column column) {
        if (column.getId() == null) {
            em.persist(column);
            return column;
        }
        return em.merge(column);
    }
}
