package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletRepository;

@ApplicationScoped
public class JpaOutletRepository implements OutletRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Outlet> find(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }

    @Override
    public Optional<Outlet> findByName(String name) {
        return em.createQuery("select o from Outlet o where o.name = :name", Outlet.class)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Outlet> all() {
        return em.createQuery("select o from Outlet o order by o.level, o.name", Outlet.class)
                .getResultList();
    }

    @Override
    public Outlet store(Outlet outlet) {
        if (outlet.getId() == null) {
            em.persist(outlet);
            return outlet;
        }
        return em.merge(outlet);
    }
}
