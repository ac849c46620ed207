package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.solicitation.Answer;
import org.briefdesk.domain.model.solicitation.Solicitation;
import org.briefdesk.domain.model.solicitation.SolicitationRepository;

@ApplicationScoped
public class JpaSolicitationRepository implements SolicitationRepository {

    /** Linked items still with the unit do not count as answers. */
    private static final List<ItemStatus> NOT_ARRIVED = List.of(ItemStatus.DRAFT, ItemStatus.WITHDRAWN);

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Solicitation> find(long id) {
        return Optional.ofNullable(em.find(Solicitation.class, id));
    }

    @Override
    public Solicitation store(Solicitation solicitation) {
        if (solicitation.getId() == null) {
            em.persist(solicitation);
            return solicitation;
        }
        return em.merge(solicitation);
    }

    @Override
    public List<Solicitation> all() {
        return em.createQuery("select s from Solicitation s order by s.createdAt desc, s.id desc", Solicitation.class)
                .getResultList();
    }

    @Override
    public List<Solicitation> openAddressedTo(long unitId) {
        return em
                .createQuery(
                        "select distinct s from Solicitation s join s.targets t"
                                + " where s.closed = false and t.unitId = :unit",
                        Solicitation.class)
                .setParameter("unit", unitId)
                .getResultList()
                .stream()
                .sorted((a, b) -> a.getDeadline().compareTo(b.getDeadline()))
                .toList();
    }

    @Override
    public List<Solicitation> openWithDeadlineBetween(Instant from, Instant to) {
        return em.createQuery(
                        "select s from Solicitation s where s.closed = false"
                                + " and s.deadline > :from and s.deadline <= :to order by s.deadline",
                        Solicitation.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Answer> answersTo(Collection<Long> solicitationIds) {
        if (solicitationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.briefdesk.domain.model.solicitation.Answer("
                                + "i.origin.solicitationId, i.id, i.unit.id, i.title, i.submittedAt) from Item i"
                                + " where i.origin.solicitationId in :ids and i.status not in :notArrived"
                                + " order by i.submittedAt, i.id",
                        Answer.class)
                .setParameter("ids", solicitationIds)
                .setParameter("notArrived", NOT_ARRIVED)
                .getResultList();
    }
}
