package org.briefdesk.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.briefdesk.domain.shared.Text;

/**
 * An API token (API令牌): what a unit's system sends as {@code Authorization: Bearer …} instead of a
 * person's password. 256 random bits, so a plain SHA-256 of it is a safe stored form and checking it
 * costs one hash and one indexed lookup (no password hash, no session). Revoked, never deleted.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 40;
    /** Every token starts with this, so leaked tokens are easy to find in logs and repositories. */
    public static final String PREFIX = "bd_";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Writing the last use on every request would turn each API read into a write. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    private ApiToken(Account account, String name, String token, String createdBy, Instant now) {
        this.account = account;
        this.name = Text.requireLine(name, "name", "令牌名称", NAME_MAX);
        this.tokenHash = hash(token);
        this.tokenPrefix = token.substring(0, PREFIX.length() + 6);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A new token for an account; the plain token is in the result once and never again. */
    public static Issued issue(Account account, String name, String createdBy, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(account, name, token, createdBy, now), token);
    }

    /** The stored form of a presented token. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the token still lets its holder in: not revoked, and the account still active. */
    public boolean isUsable() {
        return revokedAt == null && account.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Records a use; true when the stored time changed (at most every few minutes). */
    public boolean used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** A freshly issued token with its plain value, which only its creator ever sees. */
    public record Issued(ApiToken token, String plain) {}
}
