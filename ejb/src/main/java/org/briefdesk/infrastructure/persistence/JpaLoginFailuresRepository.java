package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.briefdesk.domain.model.account.LoginFailures;
import org.briefdesk.domain.model.account.LoginFailuresRepository;

@ApplicationScoped
public class JpaLoginFailuresRepository implements LoginFailuresRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<LoginFailures> find(String subject) {
        return Optional.ofNullable(em.find(LoginFailures.class, subject));
    }

    /** Two servers failing the same subject at once: one inserts, the other's insert fails and is retried by the caller. */
    @Override
    public LoginFailures lockOrCreate(String subject) {
        LoginFailures row = em.find(LoginFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginFailures(subject, Instant.now());
            em.persist(row);
            em.flush();
        }
        return row;
    }

    @Override
    public void clear(String subject) {
        em.createQuery("delete from LoginFailures f where f.subject = :subject")
                .setParameter("subject", subject)
                .executeUpdate();
    }
}
