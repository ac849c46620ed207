package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemInbox;
import org.briefdesk.domain.model.item.ItemSummary;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.shared.DistrictTime;

@ApplicationScoped
public class JpaItemInbox implements ItemInbox {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public long count(InboxFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Item> item = q.from(Item.class);
        q.select(cb.count(item)).where(where(cb, item, filter));
        return em.createQuery(q).getSingleResult();
    }

    @Override
    public List<Long> ids(InboxFilter filter, int first, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Item> item = q.from(Item.class);
        q.select(item.get("id")).where(where(cb, item, filter)).orderBy(order(cb, item, filter));
        return em.createQuery(q)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ItemSummary> summaries(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.briefdesk.domain.model.item.ItemSummary(i.id, i.version, i.title, u.id,"
                                + " u.name, u.shortName, u.kind, i.urgent, i.channel, i.status, i.submittedAt, i.mustReport,"
                                + " i.orientation, i.earlyWarning, i.sensitive)"
                                + " from Item i join i.unit u where i.id in :ids",
                        ItemSummary.class)
                .setParameter("ids", itemIds)
                .getResultList();
    }

    @Override
    public List<long[]> eventLinksAmong(InboxFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<SimilarLink> link = q.from(SimilarLink.class);
        // Both ends "in (select the filter's ids)": H2 then reads the links once by their key; a join
        // of two item tables made it pair every matching item with every other one.
        q.multiselect(link.get("itemId"), link.get("otherItemId"))
                .where(
                        link.get("matchClass").in(MatchClass.DUPLICATE, MatchClass.SAME_EVENT),
                        link.get("itemId").in(matching(q, cb, filter)),
                        link.get("otherItemId").in(matching(q, cb, filter)));
        return em.createQuery(q).getResultList().stream()
                .map(row -> new long[] {(Long) row[0], (Long) row[1]})
                .toList();
    }

    private static Subquery<Long> matching(CriteriaQuery<?> q, CriteriaBuilder cb, InboxFilter filter) {
        Subquery<Long> ids = q.subquery(Long.class);
        Root<Item> item = ids.from(Item.class);
        return ids.select(item.get("id")).where(where(cb, item, filter));
    }

    @Override
    public String changeStamp() {
        Object[] row = (Object[]) em.createNativeQuery("select c.last_seq, w.linked_seq, w.full_pass_at"
                        + " from change_counter c, link_watermark w where c.id = 1 and w.id = 1")
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Item> item, InboxFilter f) {
        List<Predicate> p = new ArrayList<>();
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            p.add(item.get("status").in(f.statuses()));
        }
        if (f.unitKind() != null) {
            p.add(cb.equal(item.get("unit").get("kind"), f.unitKind()));
        }
        if (f.unitId() != null) {
            p.add(cb.equal(item.get("unit").get("id"), f.unitId()));
        }
        if (f.mustReport() != null) {
            p.add(cb.equal(item.get("mustReport"), f.mustReport()));
        }
        if (f.flag() != null) {
            p.add(
                    switch (f.flag()) {
                        case POSITIVE -> cb.equal(item.get("orientation"), Orientation.POSITIVE);
                        case NEGATIVE -> cb.equal(item.get("orientation"), Orientation.NEGATIVE);
                        case EARLY_WARNING -> cb.isTrue(item.get("earlyWarning"));
                        case SENSITIVE -> cb.isTrue(item.get("sensitive"));
                    });
        }
        if (f.urgentOnly()) {
            p.add(cb.isTrue(item.get("urgent")));
        }
        if (f.from() != null) {
            p.add(cb.greaterThanOrEqualTo(
                    item.get("submittedAt"),
                    f.from().atStartOfDay(DistrictTime.ZONE).toInstant()));
        }
        if (f.to() != null) {
            p.add(cb.lessThan(
                    item.get("submittedAt"),
                    f.to().plusDays(1).atStartOfDay(DistrictTime.ZONE).toInstant()));
        }
        if (f.titleText() != null && !f.titleText().isBlank()) {
            String escaped = f.titleText()
                    .strip()
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            p.add(cb.like(item.get("title"), "%" + escaped + "%", '\\'));
        }
        return p.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Item> item, InboxFilter f) {
        List<Order> o = new ArrayList<>();
        if (f.sort() == null) {
            o.add(cb.desc(item.get("urgent")));
            o.add(cb.asc(item.get("submittedAt")));
        } else {
            var path = switch (f.sort()) {
                case SUBMITTED_AT -> item.get("submittedAt");
                case TITLE -> item.get("title");
                case UNIT -> item.get("unit").get("name");
            };
            o.add(f.ascending() ? cb.asc(path) : cb.desc(path));
        }
        o.add(cb.asc(item.get("id")));
        return o;
    }
}
