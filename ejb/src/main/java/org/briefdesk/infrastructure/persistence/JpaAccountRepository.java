package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return em
                .createQuery("select a from Account a left join fetch a.unit where a.login = :login", Account.class)
                .setParameter("login", login.strip().toLowerCase())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Account> activeByEmail(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Account a left join fetch a.unit where lower(a.email) = :email and a.active = true",
                        Account.class)
                .setParameter("email", email.strip().toLowerCase())
                .getResultList();
    }

    @Override
    public List<Account> activeOfficersOf(long unitId) {
        return em.createQuery(
                        "select a from Account a where a.unit.id = :unit and a.role = :role and a.active = true"
                                + " order by a.login",
                        Account.class)
                .setParameter("unit", unitId)
                .setParameter("role", Role.OFFICER)
                .getResultList();
    }

    @Override
    public List<Account> activeWithRole(Role role) {
        return em.createQuery(
                        "select a from Account a where a.role = :role and a.active = true order by a.login",
                        Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public List<Account> activeSigners() {
        return em.createQuery(
                        "select a from Account a where a.signer = true and a.active = true order by a.login",
                        Account.class)
                .getResultList();
    }

    @Override
    public List<Account> all() {
        return em.createQuery("select a from Account a left join fetch a.unit order by a.role, a.login", Account.class)
                .getResultList();
    }

    @Override
    public Account store(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }
}
