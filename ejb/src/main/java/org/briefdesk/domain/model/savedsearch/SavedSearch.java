package org.briefdesk.domain.model.savedsearch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A saved search (保存的检索): a name its owner chose and the search page's query string
 * ({@code q=垃圾分类&sort=DATE_DESC&unit=海淀街道}), which reopens the search with its filters. Only its
 * owner sees it.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public static final int NAME_MAX = 40;
    public static final int QUERY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = QUERY_MAX)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSearch() {}

    public SavedSearch(long accountId, String name, String query, Instant now) {
        this.accountId = accountId;
        this.name = Text.requireLine(name, "name", "检索名称", NAME_MAX);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > QUERY_MAX || q.indexOf('\n') >= 0 || q.startsWith("/") || q.contains("://")) {
            throw new BusinessRuleViolation("query", "只能保存本页面的检索条件");
        }
        this.query = q;
        this.createdAt = now;
    }

    public boolean isOwnedBy(long account) {
        return accountId == account;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
