package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.lexicon.LocalTerm;
import org.briefdesk.domain.model.lexicon.LocalTermRepository;

@ApplicationScoped
public class JpaLocalTermRepository implements LocalTermRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<LocalTerm> all() {
        return em.createQuery("select t from LocalTerm t order by t.word", LocalTerm.class)
                .getResultList();
    }

    @Override
    public Optional<LocalTerm> find(long id) {
        return Optional.ofNullable(em.find(LocalTerm.class, id));
    }

    @Override
    public Optional<LocalTerm> findByWord(String word) {
        return em.createQuery("select t from LocalTerm t where t.word = :w", LocalTerm.class)
                .setParameter("w", word)
                .getResultStream()
                .findFirst();
    }

    @Override
    public LocalTerm store(LocalTerm term) {
        if (term.getId() == null) {
            em.persist(term);
            return term;
        }
        return em.merge(term);
    }

    @Override
    public void remove(LocalTerm term) {
        em.remove(em.contains(term) ? term : em.merge(term));
        // The word may come back in this transaction (an undo): the delete must reach the unique index first.
        em.flush();
    }
}
