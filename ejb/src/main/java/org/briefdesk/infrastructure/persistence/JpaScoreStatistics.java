package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.domain.model.scoring.ScoreStatistics;
import org.briefdesk.domain.model.scoring.ScoredRecord;

@ApplicationScoped
public class JpaScoreStatistics implements ScoreStatistics {

    /** The statuses of items that reached the office (ItemStatus#reachedOffice). */
    static final List<ItemStatus> REACHED =
            Arrays.stream(ItemStatus.values()).filter(ItemStatus::reachedOffice).toList();

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Map<Long, Long> submissionsByUnit(Instant start, Instant end) {
        return counts(
                "select i.unit.id, count(i) from Item i where i.status in :reached and i.combination.combined = false"
                        + " and i.submittedAt >= :start and i.submittedAt < :end group by i.unit.id",
                start,
                end);
    }

    @Override
    public Map<Long, long[]> judgementsByUnit(Instant start, Instant end) {
        Map<Long, long[]> m = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.unit.id,"
                                + " sum(case when i.judgement.orientation = :positive then 1 else 0 end),"
                                + " sum(case when i.judgement.orientation = :negative then 1 else 0 end),"
                                + " sum(case when i.judgement.earlyWarning = true then 1 else 0 end),"
                                + " sum(case when i.judgement.sensitive = true then 1 else 0 end)"
                                + " from Item i where i.status in :reached and i.combination.combined = false"
                                + " and i.submittedAt >= :start and i.submittedAt < :end group by i.unit.id",
                        Object[].class)
                .setParameter("positive", Orientation.POSITIVE)
                .setParameter("negative", Orientation.NEGATIVE)
                .setParameter("reached", REACHED)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()) {
            long[] counts = new long[4];
            for (int i = 0; i < 4; i++) {
                counts[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
            m.put((Long) row[0], counts);
        }
        return m;
    }

    @Override
    public Map<Long, long[]> submissionsByUnitPerSpan(List<Instant> boundaries) {
        Map<Long, long[]> m = new HashMap<>();
        int spans = boundaries.size() - 1;
        if (spans < 1) {
            return m;
        }
        StringBuilder jpql = new StringBuilder("select i.unit.id");
        for (int b = 0; b < spans; b++) {
            jpql.append(", sum(case when i.submittedAt >= :b")
                    .append(b)
                    .append(" and i.submittedAt < :b")
                    .append(b + 1)
                    .append(" then 1 else 0 end)");
        }
        jpql.append(
                        " from Item i where i.status in :reached and i.combination.combined = false and i.submittedAt >= :b0")
                .append(" and i.submittedAt < :b")
                .append(spans)
                .append(" group by i.unit.id");
        var query = em.createQuery(jpql.toString(), Object[].class).setParameter("reached", REACHED);
        for (int b = 0; b <= spans; b++) {
            query.setParameter("b" + b, boundaries.get(b));
        }
        for (Object[] row : query.getResultList()) {
            long[] counts = new long[spans];
            for (int b = 0; b < spans; b++) {
                counts[b] = row[b + 1] == null ? 0 : ((Number) row[b + 1]).longValue();
            }
            m.put((Long) row[0], counts);
        }
        return m;
    }

    @Override
    public Map<Long, Long> submissionsByAuthor(Instant start, Instant end) {
        return counts(
                "select i.origin.author.id, count(i) from Item i where i.status in :reached and i.combination.combined = false"
                        + " and i.origin.author is not null and i.submittedAt >= :start and i.submittedAt < :end group by i.origin.author.id",
                start,
                end);
    }

    private Map<Long, Long> counts(String jpql, Instant start, Instant end) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class)
                .setParameter("reached", REACHED)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()) {
            m.put((Long) row[0], (Long) row[1]);
        }
        return m;
    }

    @Override
    public List<LineTotal> linesByUnit(LocalDate from, LocalDate to) {
        return lines("l.unitId", from, to);
    }

    @Override
    public List<LineTotal> linesByAuthor(LocalDate from, LocalDate to) {
        return lines("l.authorId", from, to);
    }

    private List<LineTotal> lines(String owner, LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "select " + owner + ", l.kind, l.levelName, l.mode, count(l), sum(l.credited)"
                                + " from ScoreLine l where l.countedOn between :from and :to and " + owner
                                + " is not null"
                                + " group by " + owner + ", l.kind, l.levelName, l.mode",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new LineTotal(
                        (Long) r[0],
                        (ScoredRecord.Kind) r[1],
                        (String) r[2],
                        (AdoptionMode) r[3],
                        (Long) r[4],
                        ((Number) r[5]).longValue()))
                .toList();
    }

    @Override
    public Map<OutletLevel, Long> adoptionsByLevel(LocalDate from, LocalDate to) {
        Map<OutletLevel, Long> m = new EnumMap<>(OutletLevel.class);
        for (OutletLevel l : OutletLevel.values()) {
            m.put(l, 0L);
        }
        for (Object[] r : em.createQuery(
                        "select a.outlet.level, count(a) from Adoption a"
                                + " where a.adoptedOn between :from and :to and a.withdrawal.at is null"
                                + " group by a.outlet.level",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            m.put((OutletLevel) r[0], (Long) r[1]);
        }
        return m;
    }

    @Override
    public List<SolicitationOutcome> solicitationOutcomes(Instant start, Instant end) {
        return em
                .createQuery(
                        "select t.unitId, s.id, s.deadline, min(i.submittedAt) from Solicitation s join s.targets t"
                                + " left join Item i on i.origin.solicitationId = s.id and i.unit.id = t.unitId and i.status in :reached"
                                + " where s.deadline >= :start and s.deadline < :end group by t.unitId, s.id, s.deadline",
                        Object[].class)
                .setParameter("reached", REACHED)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(r -> new SolicitationOutcome((Long) r[0], (Long) r[1], (Instant) r[2], (Instant) r[3]))
                .toList();
    }

    @Override
    public Map<Long, String[]> accountNames(List<Long> accountIds) {
        Map<Long, String[]> m = new HashMap<>();
        if (accountIds.isEmpty()) {
            return m;
        }
        for (Object[] r : em.createQuery(
                        "select a.id, a.displayName, u.shortName from Account a left join a.unit u"
                                + " where a.id in :ids",
                        Object[].class)
                .setParameter("ids", accountIds)
                .getResultList()) {
            m.put((Long) r[0], new String[] {(String) r[1], r[2] == null ? "" : (String) r[2]});
        }
        return m;
    }
}
