package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.upward.UpwardSubmission;
import org.briefdesk.domain.model.upward.UpwardSubmissionRepository;

@ApplicationScoped
public class JpaUpwardSubmissionRepository implements UpwardSubmissionRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<UpwardSubmission> find(long id) {
        return Optional.ofNullable(em.find(UpwardSubmission.class, id));
    }

    @Override
    public UpwardSubmission store(UpwardSubmission submission) {
        if (submission.getId() == null) {
            em.persist(submission);
            return submission;
        }
        return em.merge(submission);
    }

    @Override
    public int nextNumber(int year) {
        Integer max = em.createQuery(
                        "select max(s.seriesNumber) from UpwardSubmission s where s.seriesYear = :y", Integer.class)
                .setParameter("y", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public List<UpwardSubmission> latest(int limit) {
        return em.createQuery("select s from UpwardSubmission s order by s.id desc", UpwardSubmission.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
