package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.briefdesk.domain.model.scoring.RuleSet;
import org.briefdesk.domain.model.scoring.RuleSetRepository;

@ApplicationScoped
public class JpaRuleSetRepository implements RuleSetRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<RuleSet> all() {
        return em.createQuery("select r from RuleSet r order by r.effectiveFrom, r.createdAt, r.id", RuleSet.class)
                .getResultList();
    }

    @Override
    public RuleSet store(RuleSet rules) {
        em.persist(rules);
        return rules;
    }
}
