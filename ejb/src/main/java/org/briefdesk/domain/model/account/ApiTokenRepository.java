package org.briefdesk.domain.model.account;

import java.util.List;
import java.util.Optional;

/** API tokens (API令牌). */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** An account's tokens, newest first, revoked ones included. */
    List<ApiToken> ofAccount(long accountId);

    ApiToken store(ApiToken token);
}
