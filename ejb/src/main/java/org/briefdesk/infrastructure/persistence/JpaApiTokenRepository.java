package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.account.ApiToken;
import org.briefdesk.domain.model.account.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t" + " where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> ofAccount(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.account.id = :account order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public ApiToken store(ApiToken token) {
        em.persist(token);
        return token;
    }
}
