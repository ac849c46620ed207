package org.briefdesk.it;

import static org.briefdesk.it.ScoringFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.application.scoring.ItemScoreView;
import org.briefdesk.application.scoring.OutletView;
import org.briefdesk.application.scoring.ScoringService;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.InstructionSource;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.model.scoring.ScoreKey;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How adoptions and instructions score, over the real database: the worked example, month ends,
 * combined items, rule versions, and the refusals around recording them. Every test makes its own
 * units (unique names), so data left by other tests in the same database cannot change what is
 * asserted.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ScoringIT.class, DeskFixture.class, ScoringFixture.class);
    }

    @Inject
    AdoptionService adoptions;

    @Inject
    InstructionService instructions;

    @Inject
    ScoringService scoring;

    @Inject
    StatisticsService statistics;

    @Inject
    EditorialService editorial;

    @Inject
    DeskFixture desk;

    @Inject
    ScoringFixture fixture;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Test
    void theWorkedExampleScoresSixtyOneAndTheMonthlyReportSumsIt() throws Exception {
        Actor officer = fixture.officerOf("花园路街道", UnitKind.STREET_TOWN, true);
        long item = desk.itemSubmittedAt(officer, "花园路街道推行垃圾分类积分兑换", LocalDateTime.of(2021, 3, 2, 10, 0), true);
        long issueId = 9_000_000_000L + Math.abs(fixture.run().hashCode());
        adoptions.recordBriefingPublication(
                desk.editor(), "海淀区创建首都文明区简报" + fixture.run(), issueId, LocalDate.of(2021, 3, 5), List.of(item));
        // publishing the same issue again records nothing new
        adoptions.recordBriefingPublication(
                desk.editor(), "海淀区创建首都文明区简报" + fixture.run(), issueId, LocalDate.of(2021, 3, 5), List.of(item));
        adoptions.record(
                desk.editor(),
                item,
                fixture.outlet("北京日报", OutletLevel.CITY, "报纸").id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 3, 12));
        adoptions.record(
                desk.editor(),
                item,
                fixture.outlet("人民网", OutletLevel.NATIONAL, "网站").id(),
                AdoptionMode.COMBINED,
                LocalDate.of(2021, 3, 20));
        instructions.record(
                desk.editor(), item, LeaderLevel.DISTRICT, "王明", LocalDate.of(2021, 3, 9), "请区创建办总结推广。", null);
        instructions.record(
                desk.editor(), item, LeaderLevel.CITY, "李华", LocalDate.of(2021, 3, 25), "做法很好，可在全市交流。", null);

        assertEquals(3, adoptions.forItem(desk.editor(), item).size());
        ItemScoreView score = scoring.explain(desk.editor(), item).get(0);
        assertEquals(61, score.total());
        assertEquals(1, score.submissionPoints());
        assertEquals(
                1,
                score.lines().stream().filter(l -> l.credited() == 0).count(),
                "人民网's 20 is superseded by 北京日报's 20");

        UnitStatistics march =
                row(statistics.report(desk.editor(), Period.month(YearMonth.of(2021, 3))), officer.unitId());
        assertEquals(1, march.getSubmitted());
        assertEquals(1, march.getDistrictFull());
        assertEquals(1, march.getCityFull());
        assertEquals(1, march.getNationalCombined());
        assertEquals(2, march.getInstructions());
        assertEquals(61, march.getScore());
        assertEquals(
                0,
                row(statistics.report(desk.editor(), Period.month(YearMonth.of(2021, 4))), officer.unitId())
                        .getScore());
    }

    @Test
    void aHigherAdoptionInALaterMonthCountsTheDifferenceThere() throws Exception {
        Actor officer = fixture.officerOf("北太平庄街道", UnitKind.STREET_TOWN, true);
        // submitted on 31 May at 23:30 Beijing time, which is still 31 May (not 1 June as in UTC+0 it is 15:30)
        long item = desk.itemSubmittedAt(officer, "北太平庄街道开展楼门文明创建", LocalDateTime.of(2021, 5, 31, 23, 30), true);
        adoptions.record(
                desk.editor(),
                item,
                fixture.outlet("海淀报", OutletLevel.DISTRICT, "报纸").id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 5, 31));
        adoptions.record(
                desk.editor(),
                item,
                fixture.outlet("新华网", OutletLevel.NATIONAL, "网站").id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 6, 1));

        assertEquals(
                1 + 5,
                row(statistics.report(desk.editor(), Period.month(YearMonth.of(2021, 5))), officer.unitId())
                        .getScore());
        UnitStatistics june =
                row(statistics.report(desk.editor(), Period.month(YearMonth.of(2021, 6))), officer.unitId());
        assertEquals(0, june.getSubmitted());
        assertEquals(35, june.getScore());
        assertEquals(
                41,
                row(statistics.report(desk.editor(), Period.quarter(2021, 2)), officer.unitId())
                        .getScore());
        // the week of 31 May – 6 June crosses the month end: it holds the submission and both adoptions
        assertEquals(
                41,
                row(statistics.report(desk.editor(), Period.weekOf(LocalDate.of(2021, 6, 2))), officer.unitId())
                        .getScore());
    }

    @Test
    void aCombinedItemsAdoptionCreditsEverySourceUnitWithCombinedPoints() throws Exception {
        Actor a = fixture.officerOf("清河街道", UnitKind.STREET_TOWN, true);
        Actor b = fixture.officerOf("区文旅局", UnitKind.DEPARTMENT, false);
        long ia = desk.itemSubmittedAt(a, "清河街道举办文明旅游宣传周", LocalDateTime.of(2021, 9, 6, 9, 0), false);
        long ib = desk.itemSubmittedAt(b, "区文旅局启动文明旅游志愿服务", LocalDateTime.of(2021, 9, 6, 15, 0), false);
        Map<Long, Long> seen = new LinkedHashMap<>();
        seen.put(ia, em.find(Item.class, ia).getVersion());
        seen.put(ib, em.find(Item.class, ib).getVersion());
        long combined = editorial.combine(desk.editor(), seen, "我区多措并举推进文明旅游", "<p>清河街道、区文旅局围绕文明旅游开展系列活动。</p>");
        adoptions.record(
                desk.editor(),
                combined,
                fixture.outlet("首都文明网", OutletLevel.CITY, "网站").id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 9, 10));

        List<ItemScoreView> sources = scoring.explain(desk.editor(), combined);
        assertEquals(2, sources.size());
        assertTrue(sources.stream().allMatch(s -> s.total() == 1 + 10), sources.toString());
        StatisticsReport september = statistics.report(desk.editor(), Period.month(YearMonth.of(2021, 9)));
        assertEquals(11, row(september, a.unitId()).getScore());
        assertEquals(1, row(september, a.unitId()).getCityCombined());
        assertEquals(11, row(september, b.unitId()).getScore());
    }

    @Test
    void aRuleVersionAppliesFromItsDateAndAPastDateNeedsAnExplicitRecompute() throws Exception {
        Map<ScoreKey, Integer> raised =
                new EnumMap<>(scoring.current(desk.admin()).points());
        raised.put(ScoreKey.SUBMISSION, 2);
        raised.put(ScoreKey.CITY_FULL, 25);
        Map<ScoreKey, Integer> defaults = new EnumMap<>(ScoreKey.class);
        for (ScoreKey k : ScoreKey.values()) {
            defaults.put(k, k.getDefaultPoints());
        }
        int versionsAtStart = scoring.versions(desk.admin()).size();
        var refused = assertThrows(
                BusinessRuleViolation.class,
                () -> scoring.addVersion(
                        desk.admin(), LocalDate.of(2020, 6, 1), raised, true, true, true, "2020年6月试行", false));
        assertTrue(refused.getMessage().contains("重新计算"), refused.getMessage());
        assertEquals(versionsAtStart, scoring.versions(desk.admin()).size(), "a refused version is not stored");
        assertThrows(
                AccessDenied.class,
                () -> scoring.addVersion(
                        desk.editor(), LocalDate.of(2099, 1, 1), raised, true, true, true, null, false));

        Actor officer = fixture.officerOf("甘家口街道", UnitKind.STREET_TOWN, true);
        long june = desk.itemSubmittedAt(officer, "甘家口街道开展夏季文明劝导", LocalDateTime.of(2020, 6, 10, 9, 0), true);
        long july = desk.itemSubmittedAt(officer, "甘家口街道整治背街小巷", LocalDateTime.of(2020, 7, 2, 9, 0), true);
        OutletView city = fixture.outlet("北京晚报", OutletLevel.CITY, "报纸");
        adoptions.record(desk.editor(), june, city.id(), AdoptionMode.FULL, LocalDate.of(2020, 6, 15));
        adoptions.record(desk.editor(), july, city.id(), AdoptionMode.FULL, LocalDate.of(2020, 7, 3));
        int versionsBefore = scoring.versions(desk.admin()).size();

        // June 2020 only: a raised version from 1 June, the defaults again from 1 July
        scoring.addVersion(desk.admin(), LocalDate.of(2020, 6, 1), raised, true, true, true, "2020年6月试行", true);
        scoring.addVersion(desk.admin(), LocalDate.of(2020, 7, 1), defaults, true, true, true, "恢复默认标准", true);
        assertEquals(versionsBefore + 2, scoring.versions(desk.admin()).size());
        assertEquals(2 + 25, scoring.explain(desk.editor(), june).get(0).total());
        assertEquals(1 + 20, scoring.explain(desk.editor(), july).get(0).total());
        UnitStatistics summer = row(
                statistics.report(
                        desk.editor(),
                        new Period(Period.Kind.MONTH, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 31))),
                officer.unitId());
        assertEquals(2, summer.getSubmitted());
        assertEquals(3, summer.getSubmissionPoints(), "2 points in June, 1 in July");
        assertEquals(48, summer.getScore());
    }

    @Test
    void leadersInstructInThePortalOfficersOnlyReadAndBadInputIsRefused() throws Exception {
        Actor officer = fixture.officerOf("中关村街道", UnitKind.STREET_TOWN, true);
        Actor other = fixture.officerOf("紫竹院街道", UnitKind.STREET_TOWN, true);
        long accepted = desk.itemSubmittedAt(officer, "中关村街道打造文明示范街区", LocalDateTime.of(2021, 10, 11, 9, 0), true);
        long waiting = desk.itemSubmittedAt(officer, "中关村街道开展垃圾分类入户宣传", LocalDateTime.of(2021, 10, 12, 9, 0), false);

        InstructionView v = instructions.record(
                desk.actor("leader"),
                accepted,
                LeaderLevel.DISTRICT,
                null,
                LocalDate.of(2021, 10, 15),
                "经验可复制，请在各街道推广。",
                4242L);
        assertEquals(InstructionSource.PORTAL, v.source());
        assertEquals(desk.actor("leader").displayName(), v.leaderName());
        assertEquals(
                1,
                instructions.forBriefingEntries(desk.actor("leader"), List.of(4242L)).stream()
                        .filter(i -> i.itemId() == accepted)
                        .count());
        assertThrows(
                AccessDenied.class,
                () -> instructions.record(
                        desk.actor("leader"),
                        waiting,
                        LeaderLevel.DISTRICT,
                        null,
                        LocalDate.of(2021, 10, 15),
                        "好",
                        null));
        var noName = assertThrows(
                BusinessRuleViolation.class,
                () -> instructions.record(
                        desk.editor(), accepted, LeaderLevel.CITY, " ", LocalDate.of(2021, 10, 16), "请关注。", null));
        assertTrue(noName.getMessage().contains("批示领导"), noName.getMessage());
        var future = assertThrows(
                BusinessRuleViolation.class,
                () -> instructions.record(
                        desk.editor(),
                        accepted,
                        LeaderLevel.CITY,
                        "李华",
                        LocalDate.now(DistrictTime.ZONE).plusDays(1),
                        "请关注。",
                        null));
        assertTrue(future.getMessage().contains("晚于今天"), future.getMessage());
        long outletId = fixture.outlet("海淀文明网", OutletLevel.DISTRICT, "网站").id();
        assertThrows(
                AccessDenied.class,
                () -> adoptions.record(officer, accepted, outletId, AdoptionMode.FULL, LocalDate.of(2021, 10, 20)));
        adoptions.record(desk.editor(), accepted, outletId, AdoptionMode.FULL, LocalDate.of(2021, 10, 20));
        var twice = assertThrows(
                BusinessRuleViolation.class,
                () -> adoptions.record(
                        desk.editor(), accepted, outletId, AdoptionMode.FULL, LocalDate.of(2021, 10, 20)));
        assertTrue(twice.getMessage().contains("已有记录"), twice.getMessage());

        assertEquals(
                2,
                adoptions.forItem(officer, accepted).size()
                        + instructions.forItem(officer, accepted).size());
        assertThrows(AccessDenied.class, () -> adoptions.forItem(other, accepted));
        StatisticsReport mine = statistics.report(officer, Period.month(YearMonth.of(2021, 10)));
        assertEquals(1, mine.rows().size());
        assertEquals(2 + 5 + 30, mine.rows().get(0).getScore());
        assertEquals(mine.rows().get(0).getScore(), mine.totals().getScore());
        assertThrows(AccessDenied.class, () -> statistics.trend(other, officer.unitId(), 2021));
        assertEquals(
                37, statistics.trend(officer, officer.unitId(), 2021).get(9).score());
    }
}
