package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.lexicon.LexiconChange;
import org.briefdesk.domain.model.lexicon.LexiconHistory;

@ApplicationScoped
public class JpaLexiconHistory implements LexiconHistory {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public LexiconChange store(LexiconChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public Optional<LexiconChange> find(long id) {
        return Optional.ofNullable(em.find(LexiconChange.class, id));
    }

    @Override
    public List<LexiconChange> latest(int limit) {
        return em.createQuery("select c from LexiconChange c order by c.id desc", LexiconChange.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
