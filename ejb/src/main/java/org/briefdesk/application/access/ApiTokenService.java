package org.briefdesk.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.ApiToken;
import org.briefdesk.domain.model.account.ApiTokenRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.SecurityEvent;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * API tokens (API令牌) for units' systems: created and revoked by the account holder or an
 * administrator, checked with one SHA-256 and one lookup instead of the password hash.
 */
@Stateless
public class ApiTokenService {

    /** Active tokens per account: enough for a few systems, few enough to keep track of. */
    public static final int MAX_ACTIVE = 10;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    SecurityLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The actor behind a presented token; empty for an unknown or revoked token or a disabled account. */
    public Optional<Actor> authenticate(String plainToken) {
        if (plainToken == null || !plainToken.startsWith(ApiToken.PREFIX) || plainToken.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(ApiToken.hash(plainToken))
                .filter(ApiToken::isUsable)
                .map(t -> {
                    t.used(clock.instant());
                    return Actor.of(t.getAccount());
                });
    }

    public List<TokenView> list(Actor actor, long accountId) {
        holderOrAdmin(actor, accountId);
        return tokens.ofAccount(accountId).stream().map(TokenView::of).toList();
    }

    /** A new token; the plain value is in the result and shown once. */
    public NewToken create(Actor actor, long accountId, String name) {
        Account account = holderOrAdmin(actor, accountId);
        if (tokens.ofAccount(accountId).stream()
                        .filter(t -> t.getRevokedAt() == null)
                        .count()
                >= MAX_ACTIVE) {
            throw new BusinessRuleViolation("name", "每个账号最多" + MAX_ACTIVE + "个有效令牌，请先吊销不用的令牌");
        }
        Instant now = clock.instant();
        ApiToken.Issued issued = ApiToken.issue(account, name, actor.login(), now);
        tokens.store(issued.token());
        audit.store(new SecurityEvent(
                SecurityEventKind.TOKEN_CREATED,
                account.getLogin(),
                null,
                actor.login() + "创建令牌“" + issued.token().getName() + "”（"
                        + issued.token().getTokenPrefix() + "…）",
                now));
        return new NewToken(TokenView.of(issued.token()), issued.plain());
    }

    public TokenView revoke(Actor actor, long tokenId) {
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFound("令牌不存在"));
        holderOrAdmin(actor, token.getAccount().getId());
        Instant now = clock.instant();
        if (token.getRevokedAt() == null) {
            token.revoke(now);
            audit.store(new SecurityEvent(
                    SecurityEventKind.TOKEN_REVOKED,
                    token.getAccount().getLogin(),
                    null,
                    actor.login() + "吊销令牌“" + token.getName() + "”（" + token.getTokenPrefix() + "…）",
                    now));
        }
        return TokenView.of(token);
    }

    private Account holderOrAdmin(Actor actor, long accountId) {
        if (!actor.is(Role.ADMIN) && actor.accountId() != accountId) {
            throw new AccessDenied("只有账号本人或管理员可以管理该账号的令牌");
        }
        return accounts.find(accountId).orElseThrow(() -> new NotFound("账号不存在"));
    }

    /** A token as lists show it: never its value. */
    public record TokenView(
            long id,
            long accountId,
            String login,
            String name,
            String prefix,
            Instant createdAt,
            String createdBy,
            Instant lastUsedAt,
            Instant revokedAt)
            implements Serializable {

        static TokenView of(ApiToken t) {
            return new TokenView(
                    t.getId(),
                    t.getAccount().getId(),
                    t.getAccount().getLogin(),
                    t.getName(),
                    t.getTokenPrefix(),
                    t.getCreatedAt(),
                    t.getCreatedBy(),
                    t.getLastUsedAt(),
                    t.getRevokedAt());
        }

        public boolean isActive() {
            return revokedAt == null;
        }
    }

    /** A token just created, with the value its holder must copy now. */
    public record NewToken(TokenView token, String value) {}
}
