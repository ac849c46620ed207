package org.briefdesk.domain.model.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class UnitTreeAndQuotaTest {

    /** Wednesday 2 December 2026; its week runs from Monday 30 November to Sunday 6 December. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private final Unit haidian = new Unit("海淀街道", null, UnitKind.STREET_TOWN, true);

    @Test
    void aNewQuotaAppliesFromNextMondayAndLeavesThisWeekAndEarlierWeeksAsTheyWere() {
        haidian.changeQuota(new WeeklyQuota(3), WEDNESDAY);

        assertEquals(2, haidian.quotaInWeekOf(LocalDate.of(2026, 11, 25)).perWeek(), "last week");
        assertEquals(2, haidian.quotaInWeekOf(WEDNESDAY).perWeek(), "this week");
        assertEquals(2, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 6)).perWeek(), "this Sunday");
        assertEquals(3, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 7)).perWeek(), "next Monday");
        assertEquals(3, haidian.quotaInWeekOf(LocalDate.of(2027, 3, 1)).perWeek(), "later weeks");
    }

    @Test
    void aSecondChangeInTheSameWeekReplacesTheWaitingOneInsteadOfStackingUp() {
        haidian.changeQuota(new WeeklyQuota(3), WEDNESDAY);
        haidian.changeQuota(new WeeklyQuota(4), WEDNESDAY.plusDays(1));

        assertEquals(4, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 7)).perWeek());
        assertEquals(2, haidian.getQuotaHistory().size());

        haidian.changeQuota(WeeklyQuota.PLAN_DEFAULT, WEDNESDAY.plusDays(2));
        assertEquals(1, haidian.getQuotaHistory().size(), "back to the quota in force: nothing waits");
    }

    @Test
    void changesOfLaterWeeksKeepTheEarlierWeeksOfEachChange() {
        haidian.changeQuota(new WeeklyQuota(3), WEDNESDAY);
        haidian.changeQuota(new WeeklyQuota(5), LocalDate.of(2026, 12, 16));

        assertEquals(2, haidian.quotaInWeekOf(WEDNESDAY).perWeek());
        assertEquals(3, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 9)).perWeek());
        assertEquals(3, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 20)).perWeek());
        assertEquals(5, haidian.quotaInWeekOf(LocalDate.of(2026, 12, 21)).perWeek());
    }

    @Test
    void anOrdinaryUnitThatBecomesAKeyUnitOwesThePlansTwoItemsFromNextWeek() {
        Unit sports = new Unit("区体育局", null, UnitKind.DEPARTMENT, false);
        sports.classify(UnitKind.DEPARTMENT, true, WEDNESDAY);

        assertTrue(sports.isKeyUnit());
        assertEquals(0, sports.quotaInWeekOf(WEDNESDAY).perWeek());
        assertEquals(2, sports.quotaInWeekOf(LocalDate.of(2026, 12, 7)).perWeek());

        sports.classify(UnitKind.DEPARTMENT, false, LocalDate.of(2026, 12, 9));
        assertEquals(2, sports.quotaInWeekOf(LocalDate.of(2026, 12, 9)).perWeek(), "the week it stopped");
        assertEquals(0, sports.quotaInWeekOf(LocalDate.of(2026, 12, 14)).perWeek());
    }

    @Test
    void onlyKeyUnitsHaveAQuotaAndItStaysWithinBounds() {
        Unit sports = new Unit("区体育局", null, UnitKind.DEPARTMENT, false);
        assertEquals(
                "只有信息重点网络单位有每周报送任务",
                assertThrows(BusinessRuleViolation.class, () -> sports.changeQuota(new WeeklyQuota(1), WEDNESDAY))
                        .getMessage());
        assertThrows(BusinessRuleViolation.class, () -> new WeeklyQuota(-1));
        assertThrows(BusinessRuleViolation.class, () -> new WeeklyQuota(51));
        assertTrue(new WeeklyQuota(2).metBy(2));
    }

    @Test
    void departmentsAndStreetsSitUnderAWorkCommitteeAndWorkCommitteesUnderNone() {
        Unit urban = new Unit("中共北京市海淀区委城市管理工作委员会", "区委城市管理工委", UnitKind.GONGWEI, true);
        Unit bureau = new Unit("北京市海淀区城市管理委员会", "区城管委", UnitKind.DEPARTMENT, true);

        bureau.placeUnder(urban);
        assertSame(urban, bureau.getParent());

        assertEquals(
                "上级单位须为工委",
                assertThrows(BusinessRuleViolation.class, () -> haidian.placeUnder(bureau))
                        .getMessage());
        assertEquals(
                "只有部门和街乡镇可以隶属于工委",
                assertThrows(BusinessRuleViolation.class, () -> urban.placeUnder(urban))
                        .getMessage());
        urban.deactivate();
        assertThrows(BusinessRuleViolation.class, () -> haidian.placeUnder(urban));

        bureau.placeUnder(null);
        assertNull(bureau.getParent());
    }

    @Test
    void theLeaderInChargeIsOneLineOfAtMostFortyCharacters() {
        haidian.assignLeader("  王伟（副主任）  ");
        assertEquals("王伟（副主任）", haidian.getLeader());
        haidian.assignLeader(" ");
        assertNull(haidian.getLeader());
        assertThrows(BusinessRuleViolation.class, () -> haidian.assignLeader("很".repeat(41)));
    }
}
