package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticeRepository;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

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
    public List<Notice> unreadFor(long accountId, Long unitId, int limit) {
        var query = em.createQuery(
                        "select n from Notice n where n.readAt is null and (n.accountId = :account"
                                + (unitId == null ? ")" : " or n.unitId = :unit)")
                                + " order by n.createdAt desc, n.id desc",
                        Notice.class)
                .setParameter("account", accountId)
                .setMaxResults(limit);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        return query.getResultList();
    }
}
