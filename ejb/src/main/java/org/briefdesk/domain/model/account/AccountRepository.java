package org.briefdesk.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Accounts (账号). */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByLogin(String login);

    /** The active accounts with this e-mail address, compared without case (mail to the office names its sender so). */
    List<Account> activeByEmail(String email);

    /** The active officers of the unit (信息员), who read its notices. */
    List<Account> activeOfficersOf(long unitId);

    /** The active accounts of the role, ordered by login. */
    List<Account> activeWithRole(Role role);

    /** The active accounts that may sign off issues (签发人), ordered by login. */
    List<Account> activeSigners();

    /** All accounts ordered by role then login. */
    List<Account> all();

    Account store(Account account);

    long count();
}
