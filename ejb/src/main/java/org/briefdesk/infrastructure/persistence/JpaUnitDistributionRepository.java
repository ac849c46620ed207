package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.briefing.UnitDistributionRepository;

@ApplicationScoped
public class JpaUnitDistributionRepository implements UnitDistributionRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<BriefingIssue> publishedForUnit(long unitId, int limit) {
        return em.createQuery(
                        "select i from BriefingIssue i where i.status = :s and :u member of i.readers.unitRecipients"
                                + " order by i.issueDate desc, i.id desc",
                        BriefingIssue.class)
                .setParameter("s", IssueStatus.PUBLISHED)
                .setParameter("u", unitId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void markRead(long issueId, long unitId, long accountId, Instant at) {
        // Insert-if-absent in SQL that H2 and PostgreSQL both accept.
        em.createNativeQuery("insert into briefing_unit_reading (issue_id, unit_id, account_id, first_read_at)"
                        + " select ?1, ?2, ?3, ?4 where not exists (select 1 from briefing_unit_reading"
                        + " where issue_id = ?1 and unit_id = ?2)")
                .setParameter(1, issueId)
                .setParameter(2, unitId)
                .setParameter(3, accountId)
                .setParameter(4, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Set<Long> readBy(long unitId, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Set.of();
        }
        return NativeRows.ids(em.createNativeQuery(
                        "select issue_id from briefing_unit_reading where unit_id = ?1 and issue_id in (?2)")
                .setParameter(1, unitId)
                .setParameter(2, issueIds)
                .getResultList());
    }

    @Override
    public Map<Long, Instant> readings(long issueId) {
        return NativeRows.instantsById(em.createNativeQuery("select unit_id, first_read_at from briefing_unit_reading"
                        + " where issue_id = ?1 order by first_read_at")
                .setParameter(1, issueId)
                .getResultList());
    }

    @Override
    public Map<Long, List<BriefingIssue>> printedIn(Collection<Long> itemIds) {
        Map<Long, List<BriefingIssue>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery(
                        "select e.item.id, e.issue from BriefingEntry e where e.item.id in :items"
                                + " and e.issue.status = :s order by e.issue.issueDate, e.issue.id",
                        Object[].class)
                .setParameter("items", itemIds)
                .setParameter("s", IssueStatus.PUBLISHED)
                .getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((BriefingIssue) row[1]);
        }
        return out;
    }
}
