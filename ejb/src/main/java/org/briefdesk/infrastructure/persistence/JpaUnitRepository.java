package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitLabel;
import org.briefdesk.domain.model.unit.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    @Override
    public Optional<Unit> findByName(String name) {
        return em.createQuery("select u from Unit u where u.name = :name", Unit.class)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Unit> all() {
        // The quota histories come along: the quota board and the statistics read every unit's.
        return em
                .createQuery("select distinct u from Unit u left join fetch u.quotaHistory", Unit.class)
                .getResultList()
                .stream()
                .sorted(Units.DISPLAY_ORDER)
                .toList();
    }

    @Override
    public List<Unit> active() {
        return all().stream().filter(Unit::isActive).toList();
    }

    @Override
    public List<UnitLabel> labels() {
        return em
                .createQuery(
                        "select new org.briefdesk.domain.model.unit.UnitLabel(u.id, u.kind, u.name, u.shortName) from Unit u",
                        UnitLabel.class)
                .getResultList()
                .stream()
                .sorted(Units.LABEL_ORDER)
                .toList();
    }

    @Override
    public Unit store(Unit unit) {
        if (unit.getId() == null) {
            em.persist(unit);
            return unit;
        }
        return em.merge(unit);
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from Unit u", Long.class).getSingleResult();
    }
}
