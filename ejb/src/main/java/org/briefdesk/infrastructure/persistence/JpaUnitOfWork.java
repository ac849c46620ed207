package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.briefdesk.application.UnitOfWork;

/** The transaction's persistence context, flushed or version-locked on a use case's demand. */
@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public void flush() {
        flushAfter(() -> {});
    }

    @Override
    public void flushAfter(Runnable writes) {
        try {
            writes.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(e);
        }
    }

    @Override
    public void raiseVersion(Object entity) {
        try {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | PessimisticLockException e) {
            throw new Conflict(e);
        }
    }
}
