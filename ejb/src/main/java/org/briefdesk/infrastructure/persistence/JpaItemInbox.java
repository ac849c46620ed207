package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.ItemInbox;
import org.briefdesk.domain.model.item.ItemSummary;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The inbox's queries as JPQL text with parameters: the same combination of filters gives the same
 * text, so Hibernate translates it once and keeps the plan (criteria queries were translated anew
 * on every page, 5 % of the inbox's CPU).
 */
@ApplicationScoped
public class JpaItemInbox implements ItemInbox {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public long count(InboxFilter filter) {
        Where w = Where.of(filter, "i");
        return w.bind(em.createQuery("select count(i) from Item i" + w.clause(" where "), Long.class))
                .getSingleResult();
    }

    @Override
    public List<Long> ids(InboxFilter filter, int first, int limit) {
        Where w = Where.of(filter, "i");
        return w.bind(em.createQuery(
                        "select i.id from Item i" + w.clause(" where ") + " order by " + order(filter), Long.class))
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
                                + " u.name, u.shortName, u.kind, i.urgent, i.origin.channel, i.status, i.submittedAt, i.mustReport,"
                                + " i.judgement.orientation, i.judgement.earlyWarning, i.judgement.sensitive)"
                                + " from Item i join i.unit u where i.id in :ids",
                        ItemSummary.class)
                .setParameter("ids", itemIds)
                .getResultList();
    }

    @Override
    public List<long[]> eventLinksAmong(InboxFilter filter) {
        // Both ends "in (select the filter's ids)": H2 then reads the links once by their key; a join
        // of two item tables made it pair every matching item with every other one. Both subqueries
        // share the filter's parameters.
        Where a = Where.of(filter, "a");
        Where b = Where.of(filter, "b");
        TypedQuery<Object[]> q = em.createQuery(
                        "select l.itemId, l.otherItemId from SimilarLink l where l.matchClass in :eventClasses"
                                + " and l.itemId in (select a.id from Item a" + a.clause(" where ") + ")"
                                + " and l.otherItemId in (select b.id from Item b" + b.clause(" where ") + ")",
                        Object[].class)
                .setParameter("eventClasses", List.of(MatchClass.DUPLICATE, MatchClass.SAME_EVENT));
        return a.bind(q).getResultList().stream()
                .map(row -> new long[] {(Long) row[0], (Long) row[1]})
                .toList();
    }

    @Override
    public String changeStamp() {
        Object[] row = (Object[]) em.createNativeQuery("select c.last_seq, w.linked_seq, w.full_pass_at"
                        + " from change_counter c, link_watermark w where c.id = 1 and w.id = 1")
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    /** The filter's conditions on one item alias, and the values of their parameters. */
    private record Where(List<String> conditions, Map<String, Object> parameters) {

        static Where of(InboxFilter f, String i) {
            List<String> c = new ArrayList<>();
            Map<String, Object> p = new LinkedHashMap<>();
            if (f.statuses() != null && !f.statuses().isEmpty()) {
                c.add(i + ".status in :statuses");
                p.put("statuses", f.statuses());
            }
            if (f.unitKind() != null) {
                c.add(i + ".unit.kind = :unitKind");
                p.put("unitKind", f.unitKind());
            }
            if (f.unitId() != null) {
                c.add(i + ".unit.id = :unitId");
                p.put("unitId", f.unitId());
            }
            if (f.mustReport() != null) {
                c.add(i + ".mustReport = :mustReport");
                p.put("mustReport", f.mustReport());
            }
            if (f.flag() != null) {
                switch (f.flag()) {
                    case POSITIVE, NEGATIVE -> {
                        c.add(i + ".judgement.orientation = :orientation");
                        p.put(
                                "orientation",
                                f.flag() == ItemFlags.Flag.POSITIVE ? Orientation.POSITIVE : Orientation.NEGATIVE);
                    }
                    case EARLY_WARNING -> c.add(i + ".judgement.earlyWarning = true");
                    case SENSITIVE -> c.add(i + ".judgement.sensitive = true");
                }
            }
            if (f.urgentOnly()) {
                c.add(i + ".urgent = true");
            }
            if (f.from() != null) {
                c.add(i + ".submittedAt >= :from");
                p.put("from", f.from().atStartOfDay(DistrictTime.ZONE).toInstant());
            }
            if (f.to() != null) {
                c.add(i + ".submittedAt < :to");
                p.put("to", f.to().plusDays(1).atStartOfDay(DistrictTime.ZONE).toInstant());
            }
            if (f.titleText() != null && !f.titleText().isBlank()) {
                c.add(i + ".title like :title escape '!'");
                String escaped = f.titleText()
                        .strip()
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_");
                p.put("title", "%" + escaped + "%");
            }
            return new Where(c, p);
        }

        String clause(String keyword) {
            return conditions.isEmpty() ? "" : keyword + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            parameters.forEach(q::setParameter);
            return q;
        }
    }

    private static String order(InboxFilter f) {
        if (f.sort() == null) {
            return "i.urgent desc, i.submittedAt asc, i.id asc";
        }
        String path = switch (f.sort()) {
            case SUBMITTED_AT -> "i.submittedAt";
            case TITLE -> "i.title";
            case UNIT -> "i.unit.name";
        };
        return path + (f.ascending() ? " asc" : " desc") + ", i.id asc";
    }
}
