package org.briefdesk.domain.model.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * An in-app notice (提醒) to every officer of a unit or to one account, e.g. a new solicitation or a
 * deadline reminder. Each reader marks it read for themselves ({@link NoticeRepository#markRead}): a
 * unit's notice stays unread for its other officers, so everyone's bell counts what they have not seen.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int TEXT_MAX = 500;
    public static final int LINK_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoticeKind kind;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    /** A path inside the application (e.g. /officer/home.xhtml), never an outside address. */
    @Column(length = LINK_MAX)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {}

    private Notice(Long unitId, Long accountId, NoticeKind kind, String text, String link, Instant now) {
        this.unitId = unitId;
        this.kind = kind == null ? NoticeKind.OTHER : kind;
        this.accountId = accountId;
        this.text = Text.requireLine(text, "text", "提醒内容", TEXT_MAX);
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_MAX)) {
            throw new BusinessRuleViolation("link", "提醒链接必须是本系统内的页面");
        }
        this.link = link;
        this.createdAt = now;
    }

    public static Notice toUnit(long unitId, NoticeKind kind, String text, String link, Instant now) {
        return new Notice(unitId, null, kind, text, link, now);
    }

    public static Notice toAccount(long accountId, NoticeKind kind, String text, String link, Instant now) {
        return new Notice(null, accountId, kind, text, link, now);
    }

    /** Whether an officer of {@code unitId} with account {@code accountId} is meant to see it. */
    public boolean isFor(long accountId, Long unitId) {
        return Long.valueOf(accountId).equals(this.accountId) || (unitId != null && unitId.equals(this.unitId));
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NoticeKind getKind() {
        return kind;
    }
}
