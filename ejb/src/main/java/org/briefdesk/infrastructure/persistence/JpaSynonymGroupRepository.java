package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.lexicon.SynonymGroup;
import org.briefdesk.domain.model.lexicon.SynonymGroupRepository;

@ApplicationScoped
public class JpaSynonymGroupRepository implements SynonymGroupRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<SynonymGroup> all() {
        return em.createQuery("select g from SynonymGroup g order by g.id", SynonymGroup.class)
                .getResultList();
    }

    @Override
    public Optional<SynonymGroup> find(long id) {
        return Optional.ofNullable(em.find(SynonymGroup.class, id));
    }

    @Override
    public SynonymGroup store(SynonymGroup group) {
        if (group.getId() == null) {
            em.persist(group);
            return group;
        }
        return em.merge(group);
    }

    @Override
    public void remove(SynonymGroup group) {
        em.remove(em.contains(group) ? group : em.merge(group));
    }
}
