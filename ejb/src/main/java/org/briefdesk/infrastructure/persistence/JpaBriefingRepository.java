package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.NotFound;

@ApplicationScoped
public class JpaBriefingRepository implements BriefingRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<BriefingTitle> findTitle(long id) {
        return Optional.ofNullable(em.find(BriefingTitle.class, id));
    }

    @Override
    public List<BriefingTitle> titles() {
        return em.createQuery("select t from BriefingTitle t order by t.id", BriefingTitle.class)
                .getResultList();
    }

    @Override
    public BriefingTitle store(BriefingTitle title) {
        if (title.getId() == null) {
            em.persist(title);
            return title;
        }
        return em.merge(title);
    }

    @Override
    public BriefingTitle lockTitle(long id) {
        BriefingTitle t = em.find(BriefingTitle.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw new NotFound("简报不存在或已删除");
        }
        return t;
    }

    @Override
    public Optional<BriefingIssue> findIssue(long titleId, IssueKind kind, int year, int number) {
        return em.createQuery(
                        "select i from BriefingIssue i where i.title.id = :t and i.number.kind = :k"
                                + " and i.number.year = :y and i.number.number = :n",
                        BriefingIssue.class)
                .setParameter("t", titleId)
                .setParameter("k", kind)
                .setParameter("y", year)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int lastNumber(long titleId, IssueKind kind, int year) {
        Integer n = em.createQuery(
                        "select max(i.number.number) from BriefingIssue i where i.title.id = :t"
                                + " and i.number.kind = :k and i.number.year = :y",
                        Integer.class)
                .setParameter("t", titleId)
                .setParameter("k", kind)
                .setParameter("y", year)
                .getSingleResult();
        return n == null ? 0 : n;
    }

    @Override
    public int lastTotal(long titleId, IssueKind kind) {
        Integer n = em.createQuery(
                        "select max(i.number.total) from BriefingIssue i where i.title.id = :t"
                                + " and i.number.kind = :k",
                        Integer.class)
                .setParameter("t", titleId)
                .setParameter("k", kind)
                .getSingleResult();
        return n == null ? 0 : n;
    }

    @Override
    public Optional<BriefingIssue> findIssue(long id) {
        return Optional.ofNullable(em.find(BriefingIssue.class, id));
    }

    @Override
    public void delete(BriefingIssue issue) {
        em.remove(issue);
    }

    @Override
    public BriefingIssue store(BriefingIssue issue) {
        if (issue.getId() == null) {
            em.persist(issue);
            return issue;
        }
        return em.merge(issue);
    }

    @Override
    public List<BriefingIssue> issues(IssueStatus status, int limit) {
        return em.createQuery(
                        "select i from BriefingIssue i where (:s is null or i.status = :s)"
                                + " order by i.issueDate desc, i.id desc",
                        BriefingIssue.class)
                .setParameter("s", status)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<BriefingIssue> publishedFor(long accountId, int limit) {
        return em.createQuery(
                        "select i from BriefingIssue i where i.status = :s and :a member of i.readers.recipients"
                                + " order by i.issueDate desc, i.id desc",
                        BriefingIssue.class)
                .setParameter("s", IssueStatus.PUBLISHED)
                .setParameter("a", accountId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Item> availableFor(long issueId, int limit) {
        return em.createQuery(
                        "select i from Item i where i.status = :accepted and i.combination.combinedInto is null"
                                + " and i.duplicateOf is null and i.tags.columns is not empty and not exists (select e from"
                                + " BriefingEntry e where e.issue.id = :issue and e.item = i)"
                                + " order by i.submittedAt desc, i.id desc",
                        Item.class)
                .setParameter("accepted", ItemStatus.ACCEPTED)
                .setParameter("issue", issueId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<Long, List<BriefingIssue>> otherIssuesOf(Collection<Long> itemIds, long issueId) {
        Map<Long, List<BriefingIssue>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery(
                        "select e.item.id, e.issue from BriefingEntry e where e.item.id in :items"
                                + " and e.issue.id <> :issue order by e.issue.id",
                        Object[].class)
                .setParameter("items", itemIds)
                .setParameter("issue", issueId)
                .getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((BriefingIssue) row[1]);
        }
        return out;
    }

    @Override
    public boolean markRead(long issueId, long accountId, Instant at) {
        // Insert-if-absent in plain SQL that H2 and PostgreSQL both accept; a concurrent first reading by
        // the same account is caught by the primary key and simply ignored by the caller's retry-free rule.
        return em.createNativeQuery("insert into briefing_reading (issue_id, account_id, first_read_at)"
                                + " select ?1, ?2, ?3 where not exists (select 1 from briefing_reading"
                                + " where issue_id = ?1 and account_id = ?2)")
                        .setParameter(1, issueId)
                        .setParameter(2, accountId)
                        .setParameter(3, Timestamp.from(at))
                        .executeUpdate()
                > 0;
    }

    @Override
    public Set<Long> readBy(long accountId, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Set.of();
        }
        return NativeRows.ids(
                em.createNativeQuery("select issue_id from briefing_reading where account_id = ?1 and issue_id in (?2)")
                        .setParameter(1, accountId)
                        .setParameter(2, issueIds)
                        .getResultList());
    }

    @Override
    public Map<Long, Instant> readings(long issueId) {
        return NativeRows.instantsById(em.createNativeQuery("select account_id, first_read_at from briefing_reading"
                        + " where issue_id = ?1 order by first_read_at")
                .setParameter(1, issueId)
                .getResultList());
    }

    @Override
    public void storeExport(long issueId, ExportFormat format, byte[] content, Instant at) {
        em.createNativeQuery(
                        "insert into briefing_export (issue_id, format, content, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, issueId)
                .setParameter(2, format.name())
                .setParameter(3, content)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> export(long issueId, ExportFormat format) {
        List<?> rows = em.createNativeQuery("select content from briefing_export where issue_id = ?1 and format = ?2")
                .setParameter(1, issueId)
                .setParameter(2, format.name())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }
}
