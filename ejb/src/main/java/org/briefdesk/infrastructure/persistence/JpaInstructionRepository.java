package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionRepository;

@ApplicationScoped
public class JpaInstructionRepository implements InstructionRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Instruction store(Instruction instruction) {
        em.persist(instruction);
        return instruction;
    }

    @Override
    public List<Instruction> ofItem(long itemId) {
        return em.createQuery(
                        "select i from Instruction i where i.item.id = :item and i.withdrawal.at is null"
                                + " order by i.instructedOn, i.id",
                        Instruction.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public Optional<Instruction> lock(long id) {
        return Optional.ofNullable(em.find(Instruction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Instruction> ofBriefingEntries(Collection<Long> briefingEntryIds) {
        if (briefingEntryIds == null || briefingEntryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select i from Instruction i where i.briefingEntryId in :entries and i.withdrawal.at is null"
                                + " order by i.instructedOn, i.id",
                        Instruction.class)
                .setParameter("entries", briefingEntryIds)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from Instruction i", Long.class).getSingleResult();
    }
}
