package org.briefdesk.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Accounts (账号). */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByLogin(String login);

    /** All accounts ordered by role then login. */
    List<Account> all();

    Account store(Account account);

    long count();
}
