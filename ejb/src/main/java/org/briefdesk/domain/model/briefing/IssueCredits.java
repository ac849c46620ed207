package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who made an issue (署名): the editor who assembled it (组稿) and when, and who published it (发布)
 * and when. Kept in the issue's own row.
 */
@Embeddable
public class IssueCredits implements Serializable {

    @Column(name = "created_by", nullable = false, length = 30)
    private String createdBy;

    /** The assembling editor's account; issues from before it was kept have only the name. */
    @Column(name = "created_by_id")
    private Long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 30)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected IssueCredits() {}

    IssueCredits(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void assembledBy(long accountId) {
        this.createdById = accountId;
    }

    /** By account where it was kept, else by the name, which is all an older issue has. */
    boolean isAssembledBy(long accountId, String displayName) {
        return createdById != null ? createdById == accountId : createdBy.equals(displayName);
    }

    void published(String by, Instant at) {
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
