package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A sign-off (签发): the signer's account and name as signed, and when. Never changed, only replaced. */
@Embeddable
public class SignOff implements Serializable {

    @Column(name = "signed_by_id")
    private Long signerId;

    @Column(name = "signed_by", length = 30)
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected SignOff() {}

    SignOff(long signerId, String signerName, Instant signedAt) {
        this.signerId = signerId;
        this.signerName = Objects.requireNonNull(signerName);
        this.signedAt = Objects.requireNonNull(signedAt);
    }

    public Long getSignerId() {
        return signerId;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
