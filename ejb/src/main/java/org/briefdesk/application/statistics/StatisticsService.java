package org.briefdesk.application.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.model.scoring.RuleBook;
import org.briefdesk.domain.model.scoring.RuleSetRepository;
import org.briefdesk.domain.model.scoring.ScoreStatistics;
import org.briefdesk.domain.model.scoring.ScoreStatistics.LineTotal;
import org.briefdesk.domain.model.scoring.ScoreStatistics.SolicitationOutcome;
import org.briefdesk.domain.model.scoring.SharedRanks;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.model.unit.WeeklyQuota;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Statistics, rankings and the weekly quota (统计与考核), built from database aggregates
 * ({@link ScoreStatistics}) over the stored score lines and the items' submission times.
 * Editors, leaders and administrators see every unit; officers see their own unit's row.
 */
@Stateless
public class StatisticsService {

    static final Comparator<UnitStatistics> BY_SCORE = Comparator.comparingLong(UnitStatistics::getScore)
            .reversed()
            .thenComparing(
                    Comparator.comparingLong(UnitStatistics::getAdoptionPoints).reversed())
            .thenComparing(
                    Comparator.comparingLong(UnitStatistics::getSubmitted).reversed())
            .thenComparing(UnitStatistics::getUnitName);

    @Inject
    ScoreStatistics stats;

    @Inject
    UnitRepository units;

    @Inject
    RuleSetRepository rules;

    @Inject
    NoticeService notices;

    @Inject
    StatisticsDocuments documents;

    static final String WORKBOOK_TITLE = "海淀区创建首都文明区宣传信息采用情况统计";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Clock clock = DistrictTime.clock();

    /** The period's statistics table, highest score first, with totals. */
    public StatisticsReport report(Actor actor, Period period) {
        return report(period, actor.is(Role.OFFICER) ? actor.unitId() : null);
    }

    /** Every unit's row, for the office's periodic 通报 that scheduled work issues. */
    public StatisticsReport officeReport(Period period) {
        return report(period, null);
    }

    private StatisticsReport report(Period period, Long onlyUnit) {
        List<UnitStatistics> rows = new ArrayList<>(compute(period, true).values());
        rows.sort(BY_SCORE);
        // Ranked among all units first, so an officer sees their unit's true place.
        UnitStatistics.rank(rows);
        if (onlyUnit != null) {
            rows.removeIf(r -> !r.getUnitId().equals(onlyUnit));
        }
        UnitStatistics totals = new UnitStatistics(null, "合计", "", false);
        rows.forEach(totals::addAll);
        RuleBook book = rules.book();
        return new StatisticsReport(
                period, rows, totals, book.inForceOn(period.to()).describeCombination());
    }

    /** The period's table as an XLSX workbook (信息采用统计-2026年11月.xlsx). */
    public ReportFile workbook(Actor actor, Period period) {
        byte[] content = documents.workbook(WORKBOOK_TITLE, report(actor, period));
        return new ReportFile("信息采用统计-" + period.label() + ".xlsx", XLSX, content);
    }

    /** The office's 通报 of the period in Word or PDF, dated today. */
    public ReportFile bulletin(Actor actor, Period period, ExportFormat format) {
        byte[] content = documents.bulletin(report(actor, period), LocalDate.now(clock), format);
        return new ReportFile("宣传信息工作通报-" + period.label() + format.extension(), format.mediaType(), content);
    }

    /** The evaluation as an XLSX (考核评比-2026年.xlsx); every role may download what it may see. */
    public ReportFile rankingWorkbook(Actor actor, Period period) {
        byte[] content = documents.rankingWorkbook(ranking(actor, period));
        return new ReportFile("考核评比-" + period.label() + ".xlsx", XLSX, content);
    }

    /** The evaluation as a Word document in the printed layout, dated today. */
    public ReportFile rankingDocument(Actor actor, Period period) {
        byte[] content = documents.rankingDocument(ranking(actor, period), LocalDate.now(clock));
        return new ReportFile(
                "考核评比-" + period.label() + ExportFormat.DOCX.extension(), ExportFormat.DOCX.mediaType(), content);
    }

    /** A report file as a download names it. */
    public record ReportFile(String fileName, String mediaType, byte[] content) {}

    /** The half-year or annual evaluation (every role may see it, as the office circulates it). */
    public Ranking ranking(Actor actor, Period period) {
        // The evaluation ranks by score: the quota and solicitation columns are not computed here.
        List<UnitStatistics> all = new ArrayList<>(compute(period, false).values());
        all.sort(BY_SCORE);
        List<UnitStatistics> gongwei = top(all, UnitKind.GONGWEI, 3);
        List<UnitStatistics> departments = top(all, UnitKind.DEPARTMENT, 5);
        List<UnitStatistics> streets = top(all, UnitKind.STREET_TOWN, 5);
        Map<String, Long> bar = new HashMap<>();
        for (List<UnitStatistics> list : List.of(gongwei, departments, streets)) {
            if (!list.isEmpty()) {
                bar.put(list.get(0).getKindLabel(), list.get(list.size() - 1).getScore());
            }
        }
        List<UnitStatistics> outstanding = top(
                all.stream()
                        .filter(r -> !r.isKeyUnit()
                                && r.getScore() > 0
                                && r.getScore() >= bar.getOrDefault(r.getKindLabel(), 1L))
                        .toList(),
                5);
        return new Ranking(period, gongwei, departments, streets, officers(period, 5), outstanding);
    }

    private static List<UnitStatistics> top(List<UnitStatistics> sorted, UnitKind kind, int n) {
        return top(
                sorted.stream()
                        .filter(r -> r.isKeyUnit() && r.getKindLabel().equals(kind.getLabel()) && r.getScore() > 0)
                        .toList(),
                n);
    }

    /** The first {@code n} places of a group with shared ranks: every unit tied on the last place is in. */
    private static List<UnitStatistics> top(List<UnitStatistics> group, int n) {
        List<UnitStatistics> ranked = new ArrayList<>(group);
        UnitStatistics.rank(ranked);
        return List.copyOf(ranked.subList(
                0, SharedRanks.of(ranked, UnitStatistics::getScore).within(n)));
    }

    private List<Ranking.OfficerScore> officers(Period period, int n) {
        Map<Long, long[]> byAuthor =
                new HashMap<>(); // submitted, submission points, adopted, instructions, line points
        for (RuleBook.Span span : rules.book().spans(period.from(), period.to())) {
            Period p = new Period(period.kind(), span.from(), span.to());
            stats.submissionsByAuthor(p.start(), p.end()).forEach((author, count) -> {
                long[] a = byAuthor.computeIfAbsent(author, k -> new long[5]);
                a[0] += count;
                a[1] += count * span.rules().submissionPoints();
            });
        }
        for (LineTotal t : stats.linesByAuthor(period.from(), period.to())) {
            long[] a = byAuthor.computeIfAbsent(t.ownerId(), k -> new long[5]);
            a[t.kind() == org.briefdesk.domain.model.scoring.ScoredRecord.Kind.ADOPTION ? 2 : 3] += t.count();
            a[4] += t.credited();
        }
        List<Map.Entry<Long, long[]>> best = byAuthor.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -(e.getValue()[1] + e.getValue()[4]))
                        .thenComparingLong(Map.Entry::getKey))
                .toList();
        SharedRanks ranks = SharedRanks.of(best, e -> e.getValue()[1] + e.getValue()[4]);
        best = best.subList(0, ranks.within(n));
        Map<Long, String[]> names =
                stats.accountNames(best.stream().map(Map.Entry::getKey).toList());
        List<Ranking.OfficerScore> officers = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            Map.Entry<Long, long[]> e = best.get(i);
            String[] nm = names.getOrDefault(e.getKey(), new String[] {"（已删除）", ""});
            long[] a = e.getValue();
            officers.add(
                    new Ranking.OfficerScore(ranks.rankAt(i), e.getKey(), nm[0], nm[1], a[0], a[2], a[3], a[1] + a[4]));
        }
        return officers;
    }

    /** A key unit behind its weekly quota (周报送未达标). */
    public record QuotaShortfall(long unitId, String unitName, String kindLabel, long submitted, int quota)
            implements Serializable {}

    /** Units that have sent fewer than the quota they owe in the week containing {@code day}. */
    public List<QuotaShortfall> quotaBoard(Actor actor, LocalDate day) {
        actor.require(Role.EDITOR, Role.LEADER, Role.ADMIN);
        return shortfalls(day);
    }

    /** The quota board of the week containing {@code day}, for the Monday reminder of scheduled work. */
    public List<QuotaShortfall> shortfalls(LocalDate day) {
        Period week = Period.weekOf(day);
        Map<Long, Long> sent = stats.submissionsByUnit(week.start(), week.end());
        List<QuotaShortfall> list = new ArrayList<>();
        for (Unit u : units.active()) {
            long n = sent.getOrDefault(u.getId(), 0L);
            WeeklyQuota quota = u.quotaInWeekOf(day);
            if (quota.applies() && !quota.metBy(n)) {
                list.add(new QuotaShortfall(u.getId(), u.getName(), u.getKind().getLabel(), n, quota.perWeek()));
            }
        }
        list.sort(Comparator.comparingLong(QuotaShortfall::submitted).thenComparing(QuotaShortfall::unitName));
        return list;
    }

    /** 提醒报送: an in-app notice to the unit's officers about this week's shortfall. */
    public void remindQuota(Actor actor, long unitId, LocalDate day) {
        actor.require(Role.EDITOR);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在或已删除"));
        WeeklyQuota quota = unit.quotaInWeekOf(day);
        if (!quota.applies()) {
            throw new BusinessRuleViolation("unit", unit.getName() + "本周没有每周报送任务");
        }
        Period week = Period.weekOf(day);
        long n = stats.submissionsByUnit(week.start(), week.end()).getOrDefault(unitId, 0L);
        if (quota.metBy(n)) {
            throw new BusinessRuleViolation("unit", unit.getName() + "本周已报送" + n + "条，已达到每周报送要求");
        }
        notices.toUnit(
                unitId,
                new Notification(
                        NoticeKind.QUOTA_REMINDER,
                        week.label(),
                        "本周（" + week.label() + "）贵单位已报送" + n + "条信息，低于每周" + quota.perWeek() + "条的要求，请抓紧报送。",
                        "/officer/home.xhtml"));
    }

    /**
     * 一键提醒: reminds every key unit behind its quota in the week containing {@code day}, as the
     * quota board lists them, and says how many were reminded.
     */
    public int remindAllBelowQuota(Actor actor, LocalDate day) {
        actor.require(Role.EDITOR);
        List<QuotaShortfall> behind = quotaBoard(actor, day);
        for (QuotaShortfall s : behind) {
            remindQuota(actor, s.unitId(), day);
        }
        return behind.size();
    }

    /** One month of a unit's trend (月度趋势). */
    public record MonthPoint(YearMonth month, long submitted, long adopted, long score) implements Serializable {}

    /** A unit's twelve months of {@code year}; officers may only ask for their own unit. */
    public List<MonthPoint> trend(Actor actor, long unitId, int year) {
        if (!actor.canSeeUnit(unitId)) {
            throw new AccessDenied("您只能查看本单位的统计");
        }
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在或已删除"));
        List<MonthPoint> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Period p = Period.month(YearMonth.of(year, m));
            UnitStatistics row = new UnitStatistics(
                    unit.getId(), unit.getName(), unit.getKind().getLabel(), unit.isKeyUnit());
            addScores(p, Map.of(unit.getId(), row));
            points.add(
                    new MonthPoint(YearMonth.of(year, m), row.getSubmitted(), row.getAdoptedTotal(), row.getScore()));
        }
        return points;
    }

    /** Adoption records of the period by outlet level (采用级别分布). */
    public Map<OutletLevel, Long> adoptionsByLevel(Actor actor, Period period) {
        actor.require(Role.EDITOR, Role.LEADER, Role.ADMIN);
        return stats.adoptionsByLevel(period.from(), period.to());
    }

    private Map<Long, UnitStatistics> compute(Period period, boolean compliance) {
        Map<Long, UnitStatistics> rows = new LinkedHashMap<>();
        for (Unit u : units.all()) {
            if (u.getKind().isReporting()) {
                rows.put(
                        u.getId(),
                        new UnitStatistics(
                                u.getId(), u.getShortName(), u.getKind().getLabel(), u.isKeyUnit()));
            }
        }
        addScores(period, rows);
        if (compliance) {
            Map<Long, Unit> byId = new HashMap<>();
            units.all().forEach(u -> byId.put(u.getId(), u));
            addCompliance(period, rows, byId);
        }
        // Units that were deactivated and have nothing in the period are left out.
        Map<Long, Boolean> active = new HashMap<>();
        units.all().forEach(u -> active.put(u.getId(), u.isActive()));
        rows.values().removeIf(r -> !active.get(r.getUnitId()) && r.getScore() == 0 && r.getSubmitted() == 0);
        return rows;
    }

    /**
     * Weekly quota (one scan for all the period's weeks), each week judged by the quota the unit owed
     * in that week, and solicitation answers.
     */
    private void addCompliance(Period period, Map<Long, UnitStatistics> rows, Map<Long, Unit> byId) {
        List<Period> weeks = period.quotaWeeks(LocalDate.now(clock));
        if (!weeks.isEmpty()) {
            List<java.time.Instant> boundaries = new ArrayList<>();
            weeks.forEach(w -> boundaries.add(w.start()));
            boundaries.add(weeks.get(weeks.size() - 1).end());
            Map<Long, long[]> sent = stats.submissionsByUnitPerSpan(boundaries);
            for (UnitStatistics r : rows.values()) {
                Unit unit = byId.get(r.getUnitId());
                long[] perWeek = sent.getOrDefault(r.getUnitId(), new long[weeks.size()]);
                for (int w = 0; w < weeks.size(); w++) {
                    WeeklyQuota quota = unit.quotaInWeekOf(weeks.get(w).from());
                    if (quota.applies()) {
                        r.quotaWeek(quota.metBy(perWeek[w]));
                    }
                }
            }
        }
        stats.judgementsByUnit(period.start(), period.end()).forEach((unitId, counts) -> {
            UnitStatistics r = rows.get(unitId);
            if (r != null) {
                r.addJudgements(counts);
            }
        });
        var now = clock.instant();
        for (SolicitationOutcome o : stats.solicitationOutcomes(period.start(), period.end())) {
            UnitStatistics r = rows.get(o.unitId());
            if (r == null) {
                continue;
            }
            if (o.firstAnswer() != null) {
                if (o.firstAnswer().isAfter(o.deadline())) {
                    r.late();
                } else {
                    r.answered();
                }
            } else if (now.isAfter(o.deadline())) {
                r.missed();
            }
        }
    }

    /** Submission counts (per rule span, times that span's value) and the score lines of the period. */
    private void addScores(Period period, Map<Long, UnitStatistics> rows) {
        for (RuleBook.Span span : rules.book().spans(period.from(), period.to())) {
            Period p = new Period(period.kind(), span.from(), span.to());
            stats.submissionsByUnit(p.start(), p.end()).forEach((unitId, count) -> {
                UnitStatistics r = rows.get(unitId);
                if (r != null) {
                    r.addSubmissions(count, span.rules().submissionPoints());
                }
            });
        }
        for (LineTotal t : stats.linesByUnit(period.from(), period.to())) {
            UnitStatistics r = rows.get(t.ownerId());
            if (r != null) {
                r.add(t);
            }
        }
    }
}
