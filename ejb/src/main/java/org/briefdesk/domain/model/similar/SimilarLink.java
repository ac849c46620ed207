package org.briefdesk.domain.model.similar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored result of duplicate detection (相似信息): {@code itemId} was compared with the archive and
 * {@code otherItemId} matched. Links are recomputed whenever either item changes, so pages read
 * them instead of asking the search index again.
 */
@Entity
@Table(name = "similar_link")
@IdClass(SimilarLink.Key.class)
public class SimilarLink {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "other_item_id")
    private long otherItemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_class", nullable = false, length = 12)
    private MatchClass matchClass;

    @Column(nullable = false)
    private double score;

    @Column(length = 500)
    private String evidence;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected SimilarLink() {}

    public SimilarLink(
            long itemId, long otherItemId, MatchClass matchClass, double score, String evidence, Instant computedAt) {
        this.itemId = itemId;
        this.otherItemId = otherItemId;
        this.matchClass = matchClass;
        this.score = score;
        this.evidence = evidence == null || evidence.length() <= 500 ? evidence : evidence.substring(0, 499) + "…";
        this.computedAt = computedAt;
    }

    /** The item on the other side of this link, seen from {@code fromItemId}. */
    public long otherSideOf(long fromItemId) {
        return fromItemId == itemId ? otherItemId : itemId;
    }

    public long getItemId() {
        return itemId;
    }

    public long getOtherItemId() {
        return otherItemId;
    }

    public MatchClass getMatchClass() {
        return matchClass;
    }

    public double getScore() {
        return score;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    /** Composite key of a link. */
    public static class Key implements Serializable {
        private long itemId;
        private long otherItemId;

        public Key() {}

        public Key(long itemId, long otherItemId) {
            this.itemId = itemId;
            this.otherItemId = otherItemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.itemId == itemId && k.otherItemId == otherItemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, otherItemId);
        }
    }
}
