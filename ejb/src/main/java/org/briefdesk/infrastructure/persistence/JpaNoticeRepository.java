package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticePreferences;
import org.briefdesk.domain.model.notice.NoticeRepository;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    /** Addressed to the account, or to its unit (officers); the read marks are per account. */
    private static final String FOR_ACCOUNT = "(n.account_id = ?1 or n.unit_id = ?2)";

    private static final String UNREAD =
            " and not exists (select 1 from notice_reading r where r.notice_id = n.id and r.account_id = ?1)";

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public Notice store(Notice notice) {
        if (notice.getId() == null) {
            em.persist(notice);
            return notice;
        }
        return em.merge(notice);
    }

    @Override
    public List<Notice> recentFor(long accountId, Long unitId, boolean unreadOnly, int limit) {
        return notices(
                "select n.id from notice n where " + FOR_ACCOUNT + (unreadOnly ? UNREAD : "")
                        + " order by n.created_at desc, n.id desc",
                accountId,
                unitId,
                null,
                limit);
    }

    @Override
    public List<Notice> unreadSince(long accountId, Long unitId, Instant since, int limit) {
        return notices(
                "select n.id from notice n where " + FOR_ACCOUNT + UNREAD
                        + " and n.created_at > ?3 order by n.created_at, n.id",
                accountId,
                unitId,
                since,
                limit);
    }

    /** Ids by native SQL (the read marks have no entity), then the notices in that order. */
    private List<Notice> notices(String sql, long accountId, Long unitId, Instant since, int limit) {
        var q = em.createNativeQuery(sql)
                .setParameter(1, accountId)
                .setParameter(2, unitId == null ? -1L : unitId)
                .setMaxResults(limit);
        if (since != null) {
            q.setParameter(3, Timestamp.from(since));
        }
        List<Long> ids = ((List<?>) q.getResultList())
                .stream().map(r -> ((Number) r).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Notice> load = em.createQuery("select n from Notice n where n.id in :ids", Notice.class)
                .setParameter("ids", ids);
        List<Notice> loaded = load.getResultList();
        return ids.stream()
                .map(id -> loaded.stream()
                        .filter(n -> n.getId().equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    @Override
    public long unreadCount(long accountId, Long unitId) {
        return ((Number) em.createNativeQuery("select count(*) from notice n where " + FOR_ACCOUNT + UNREAD)
                        .setParameter(1, accountId)
                        .setParameter(2, unitId == null ? -1L : unitId)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public Set<Long> readBy(long accountId, Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Set.of();
        }
        return NativeRows.ids(
                em.createNativeQuery("select notice_id from notice_reading where account_id = ?1 and notice_id in (?2)")
                        .setParameter(1, accountId)
                        .setParameter(2, noticeIds)
                        .getResultList());
    }

    @Override
    public void markRead(long noticeId, long accountId, Instant at) {
        // Insert-if-absent in SQL that H2 and PostgreSQL both accept.
        em.createNativeQuery("insert into notice_reading (notice_id, account_id, read_at) select ?1, ?2, ?3"
                        + " where not exists (select 1 from notice_reading where notice_id = ?1 and account_id = ?2)")
                .setParameter(1, noticeId)
                .setParameter(2, accountId)
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public int markAllRead(long accountId, Long unitId, Instant at) {
        return em.createNativeQuery("insert into notice_reading (notice_id, account_id, read_at)"
                        + " select n.id, ?1, ?3 from notice n where " + FOR_ACCOUNT + UNREAD)
                .setParameter(1, accountId)
                .setParameter(2, unitId == null ? -1L : unitId)
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Optional<NoticePreferences> preferences(long accountId) {
        return Optional.ofNullable(em.find(NoticePreferences.class, accountId));
    }

    @Override
    public NoticePreferences store(NoticePreferences preferences) {
        if (em.find(NoticePreferences.class, preferences.getAccountId()) == null) {
            em.persist(preferences);
            return preferences;
        }
        return em.merge(preferences);
    }

    @Override
    public List<NoticePreferences> digestSubscribers() {
        return em.createQuery("select p from NoticePreferences p where p.dailyDigest = true", NoticePreferences.class)
                .getResultList();
    }
}
