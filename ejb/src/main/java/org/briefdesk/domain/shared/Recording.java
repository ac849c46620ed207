package org.briefdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who entered a record and when (记录人、记录时间). Adoptions and instructions carry it because units'
 * scores rest on them: an office must be able to say who put each one in. The name is kept as it
 * was then, so the record reads the same after the account is renamed or switched off.
 */
@Embeddable
public class Recording implements Serializable {

    @Column(name = "recorded_by_id")
    private Long accountId;

    @Column(name = "recorded_by", nullable = false, length = 30)
    private String name;

    @Column(name = "recorded_at", nullable = false)
    private Instant at;

    protected Recording() {}

    /** @param accountId null for records made by the system (benchmarks, imports) */
    public Recording(Long accountId, String name, Instant at) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a record needs the name of who entered it");
        }
        this.accountId = accountId;
        this.name = name;
        this.at = Objects.requireNonNull(at, "at");
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Instant getAt() {
        return at;
    }
}
