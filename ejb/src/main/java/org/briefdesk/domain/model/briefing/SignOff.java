package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.briefdesk.domain.shared.BusinessRuleViolation;

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

    /**
     * The rules of 签发: only a title that requires it takes one, only an issue in review, and never
     * from its assembling editor.
     */
    static SignOff of(BriefingIssue issue, long signerId, String signerName, Instant now) {
        BriefingTitle title = issue.getTitle();
        if (!title.isSignOffRequired()) {
            throw new BusinessRuleViolation("signOff", "《" + title.getName() + "》未启用签发，编辑可直接发布");
        }
        if (issue.getStatus() != IssueStatus.IN_REVIEW) {
            throw new BusinessRuleViolation("signOff", "请先提交审核，再由签发人签发");
        }
        if (issue.isAssembledBy(signerId, signerName)) {
            throw new BusinessRuleViolation("signOff", "签发人不能是本期的组稿编辑，请由其他签发人签发");
        }
        return new SignOff(signerId, signerName, now);
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
