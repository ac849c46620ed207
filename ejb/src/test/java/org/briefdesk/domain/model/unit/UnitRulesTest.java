package org.briefdesk.domain.model.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class UnitRulesTest {

    @Test
    void keyNetworkUnitsOweTwoItemsAWeekAndOrdinaryUnitsNone() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals(
                2,
                new Unit("学院路街道", null, UnitKind.STREET_TOWN, true)
                        .quotaInWeekOf(day)
                        .perWeek());
        assertEquals(
                0,
                new Unit("区体育局", null, UnitKind.DEPARTMENT, false)
                        .quotaInWeekOf(day)
                        .perWeek());
    }

    @Test
    void theOfficeIsNeverAKeyReportingUnit() {
        Unit office = new Unit("海淀区创建首都文明区工作领导小组办公室", "区创建办", UnitKind.OFFICE, true);
        assertFalse(office.isKeyUnit());
        assertEquals(0, office.quotaInWeekOf(LocalDate.of(2026, 12, 2)).perWeek());
    }

    @Test
    void aUnitNeedsANameAndAKind() {
        assertThrows(BusinessRuleViolation.class, () -> new Unit(" ", null, UnitKind.DEPARTMENT, false));
        assertEquals(
                "请选择单位类别",
                assertThrows(BusinessRuleViolation.class, () -> new Unit("区文旅局", null, null, false))
                        .getMessage());
    }

    @Test
    void theShortNameDefaultsToTheName() {
        assertEquals("区城管委", new Unit("区城管委", "", UnitKind.DEPARTMENT, true).getShortName());
    }
}
