package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.savedsearch.SavedSearch;
import org.briefdesk.domain.model.savedsearch.SavedSearchRepository;

@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public SavedSearch store(SavedSearch search) {
        if (search.getId() == null) {
            em.persist(search);
            return search;
        }
        return em.merge(search);
    }

    @Override
    public void remove(SavedSearch search) {
        em.remove(em.contains(search) ? search : em.merge(search));
    }

    @Override
    public List<SavedSearch> of(long accountId) {
        return em.createQuery(
                        "select s from SavedSearch s where s.accountId = :a order by s.createdAt desc, s.id desc",
                        SavedSearch.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public long countOf(long accountId) {
        return em.createQuery("select count(s) from SavedSearch s where s.accountId = :a", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }
}
