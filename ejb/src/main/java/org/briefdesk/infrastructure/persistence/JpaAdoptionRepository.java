package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionRepository;

@ApplicationScoped
public class JpaAdoptionRepository implements AdoptionRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Adoption store(Adoption adoption) {
        em.persist(adoption);
        return adoption;
    }

    @Override
    public List<Adoption> ofItem(long itemId) {
        return em.createQuery(
                        "select a from Adoption a where a.item.id = :item and a.withdrawal.at is null"
                                + " order by a.adoptedOn, a.id",
                        Adoption.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public Optional<Adoption> lock(long id) {
        return Optional.ofNullable(em.find(Adoption.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Withdrawn ones included: publishing the issue again must not bring a withdrawn adoption back. */
    @Override
    public Optional<Adoption> ofBriefing(long briefingIssueId, long itemId) {
        return em.createQuery(
                        "select a from Adoption a where a.briefingIssueId = :issue and a.item.id = :item",
                        Adoption.class)
                .setParameter("issue", briefingIssueId)
                .setParameter("item", itemId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean exists(long itemId, long outletId, LocalDate adoptedOn) {
        return em.createQuery(
                                "select count(a) from Adoption a where a.item.id = :item and a.outlet.id = :outlet"
                                        + " and a.adoptedOn = :on and a.withdrawal.at is null",
                                Long.class)
                        .setParameter("item", itemId)
                        .setParameter("outlet", outletId)
                        .setParameter("on", adoptedOn)
                        .getSingleResult()
                > 0;
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Adoption a", Long.class).getSingleResult();
    }
}
