package org.briefdesk.domain.model.account;

import java.util.Optional;

/** Failed sign-ins per account and per client address (登录失败记录), kept in the shared database. */
public interface LoginFailuresRepository {

    Optional<LoginFailures> find(String subject);

    /** The subject's row, locked for update, created when missing. */
    LoginFailures lockOrCreate(String subject);

    void clear(String subject);
}
