package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.scheduling.JobRun;
import org.briefdesk.domain.model.scheduling.JobRunRepository;

@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<JobRun> find(String jobName, String periodKey) {
        return em.createQuery("select r from JobRun r where r.jobName = :j and r.periodKey = :p", JobRun.class)
                .setParameter("j", jobName)
                .setParameter("p", periodKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<JobRun> find(long id) {
        return Optional.ofNullable(em.find(JobRun.class, id));
    }

    @Override
    public JobRun insert(JobRun run) {
        em.persist(run);
        em.flush();
        return run;
    }

    @Override
    public List<JobRun> latest(String jobName, int limit) {
        return em.createQuery(
                        "select r from JobRun r where (:j is null or r.jobName = :j) order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setParameter("j", jobName)
                .setMaxResults(limit)
                .getResultList();
    }
}
