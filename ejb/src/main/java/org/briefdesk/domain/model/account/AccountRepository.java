package org.briefdesk.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Accounts (账号). */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByLogin(String login);

    /** The active accounts with this e-mail address, compared without case (mail to the office names its sender so). */
    List<Account> activeByEmail(String email);

    /** All accounts ordered by role then login. */
    List<Account> all();

    Account store(Account account);

    long count();
}
