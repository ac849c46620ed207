package org.briefdesk.domain.model.notice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person's notice preferences (提醒设置): which kinds also come by mail at once, and whether a daily
 * digest (每日汇总) of the unread notices is mailed. Someone who never saved preferences gets each
 * kind's default ({@link #defaults}).
 */
@Entity
@Table(name = "notice_preference")
public class NoticePreferences {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_mail_kind", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30)
    private Set<NoticeKind> mailed = EnumSet.noneOf(NoticeKind.class);

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    /** The end of the period the last digest covered; the next one starts there. */
    @Column(name = "digest_sent_at")
    private Instant digestSentAt;

    protected NoticePreferences() {}

    private NoticePreferences(long accountId) {
        this.accountId = accountId;
    }

    /** What an account that never chose gets: the kinds mailed by default, no digest. */
    public static NoticePreferences defaults(long accountId) {
        NoticePreferences p = new NoticePreferences(accountId);
        Arrays.stream(NoticeKind.values()).filter(NoticeKind::isMailedByDefault).forEach(p.mailed::add);
        return p;
    }

    public void choose(Collection<NoticeKind> mailedKinds, boolean dailyDigest) {
        mailed.clear();
        mailed.addAll(mailedKinds);
        this.dailyDigest = dailyDigest;
    }

    public boolean mails(NoticeKind kind) {
        return mailed.contains(kind);
    }

    public void digestSent(Instant upTo) {
        digestSentAt = upTo;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Set<NoticeKind> getMailed() {
        return Set.copyOf(mailed);
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public Instant getDigestSentAt() {
        return digestSentAt;
    }
}
