package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.briefdesk.application.scheduling.JobLeases;

/**
 * The lease as one conditional UPDATE, which the database applies atomically: of two nodes asking
 * at once for an expired lease, one updates the row and the other finds the condition false.
 */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public boolean acquire(String job, String node, Instant now, Instant until) {
        int updated = em.createNativeQuery("update job_lease set holder = ?1, expires_at = ?2"
                        + " where job_name = ?3 and (holder = ?1 or expires_at < ?4)")
                .setParameter(1, node)
                .setParameter(2, until)
                .setParameter(3, job)
                .setParameter(4, now)
                .executeUpdate();
        if (updated == 1) {
            return true;
        }
        long rows = ((Number) em.createNativeQuery("select count(*) from job_lease where job_name = ?1")
                        .setParameter(1, job)
                        .getSingleResult())
                .longValue();
        if (rows > 0) {
            return false;
        }
        // The job's first lease: of two nodes inserting at once, one fails on the primary key.
        em.createNativeQuery("insert into job_lease (job_name, holder, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, job)
                .setParameter(2, node)
                .setParameter(3, until)
                .executeUpdate();
        return true;
    }

    @Override
    public void release(String node) {
        em.createNativeQuery("delete from job_lease where holder = ?1")
                .setParameter(1, node)
                .executeUpdate();
    }

    @Override
    public List<Lease> all() {
        List<?> rows = em.createNativeQuery("select job_name, holder, expires_at from job_lease order by job_name")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Lease((String) r[0], (String) r[1], NativeRows.instant(r[2])))
                .toList();
    }
}
