package org.briefdesk.domain.model.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionSource;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Recording;
import org.junit.jupiter.api.Test;

class AdoptionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final Unit haidian = new Unit("海淀街道", null, UnitKind.STREET_TOWN, true);
    final Outlet beijingDaily = new Outlet("北京日报", OutletLevel.CITY, "报纸");

    Item draft() {
        return new Item(
                haidian, null, new ItemContent("海淀街道开展垃圾分类入户宣传", "<p>志愿者入户宣传垃圾分类。</p>", TODAY, null, false, null), NOW);
    }

    Item submitted() {
        Item item = draft();
        item.submit(NOW);
        return item;
    }

    Adoption adoption(Item item, AdoptionMode mode, LocalDate on) {
        return new Adoption(item, beijingDaily, mode, on, null, new Recording(11L, "王编辑", NOW), TODAY);
    }

    Instruction instruction(Item item, String leader, String text, LocalDate on) {
        return new Instruction(
                item,
                LeaderLevel.DISTRICT,
                leader,
                on,
                text,
                null,
                InstructionSource.PAPER,
                new Recording(11L, "王编辑", NOW),
                TODAY);
    }

    @Test
    void anAdoptionNamesTheOutletItsLevelTheModeAndTheDate() {
        Adoption a = adoption(submitted(), AdoptionMode.FULL, TODAY);
        assertEquals("北京日报（市级）全文采用，2026-11-27", a.describe());
    }

    @Test
    void onlyAnItemThatReachedTheOfficeCanBeAdoptedOrInstructed() {
        var adoption = assertThrows(BusinessRuleViolation.class, () -> adoption(draft(), AdoptionMode.FULL, TODAY));
        assertEquals("尚未报送的信息不能记录采用", adoption.getMessage());
        var instruction = assertThrows(BusinessRuleViolation.class, () -> instruction(draft(), "王明", "请推广。", TODAY));
        assertEquals("尚未报送的信息不能记录批示", instruction.getMessage());
    }

    @Test
    void anAdoptionNeedsAModeAndADateNotInTheFuture() {
        assertTrue(assertThrows(BusinessRuleViolation.class, () -> adoption(submitted(), null, TODAY))
                .getMessage()
                .contains("采用方式"));
        assertEquals(
                "采用日期不能晚于今天",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> adoption(submitted(), AdoptionMode.COMBINED, TODAY.plusDays(1)))
                        .getMessage());
        assertEquals(
                "adoptedOn",
                assertThrows(BusinessRuleViolation.class, () -> adoption(submitted(), AdoptionMode.COMBINED, null))
                        .field());
    }

    @Test
    void anInstructionNeedsALeaderAndTextOfAtMostTwoThousandCharacters() {
        assertEquals(
                "批示领导不能为空",
                assertThrows(BusinessRuleViolation.class, () -> instruction(submitted(), "  ", "请推广。", TODAY))
                        .getMessage());
        assertEquals(
                "批示内容不能为空",
                assertThrows(BusinessRuleViolation.class, () -> instruction(submitted(), "王明", " \n ", TODAY))
                        .getMessage());
        assertEquals(
                "批示内容不能超过2000个字",
                assertThrows(BusinessRuleViolation.class, () -> instruction(submitted(), "王明", "好".repeat(2001), TODAY))
                        .getMessage());
        Instruction kept = instruction(submitted(), "王明", "  经验很好，\n请在全区推广。 ", TODAY);
        assertEquals("经验很好，\n请在全区推广。", kept.getText());
        assertEquals("区领导王明批示（2026-11-27，纸质批示录入）", kept.describe());
    }

    @Test
    void aWithdrawnRecordIsNotWithdrawnOrCorrectedAgainAndKeepsItsFirstWithdrawal() {
        Adoption a = adoption(submitted(), AdoptionMode.FULL, TODAY);
        Instruction i = instruction(submitted(), "王明", "请推广。", TODAY);
        a.withdraw(new Recording(12L, "李编辑", NOW), "误录");
        i.withdraw(new Recording(12L, "李编辑", NOW), "误录");

        Recording again = new Recording(11L, "王编辑", NOW);
        assertEquals(
                "该采用记录已被李编辑撤销，不能再次撤销或更正",
                assertThrows(BusinessRuleViolation.class, () -> a.withdraw(again, "再撤一次"))
                        .getMessage());
        assertEquals(
                "该批示记录已被李编辑撤销，不能再次撤销或更正",
                assertThrows(BusinessRuleViolation.class, () -> i.withdraw(again, "再撤一次"))
                        .getMessage());
        assertEquals("误录", a.getWithdrawal().getReason());
        assertEquals("李编辑", i.getWithdrawal().getName());
    }

    @Test
    void anOutletNeedsANameALevelAndAMedium() {
        assertEquals(
                "请选择刊物级别",
                assertThrows(BusinessRuleViolation.class, () -> new Outlet("人民网", null, "网站"))
                        .getMessage());
        assertEquals(
                "刊物名称不能包含HTML标记",
                assertThrows(BusinessRuleViolation.class, () -> new Outlet("<b>人民网</b>", OutletLevel.NATIONAL, "网站"))
                        .getMessage());
        Outlet o = new Outlet(" 人民网 ", OutletLevel.NATIONAL, "网站");
        o.deactivate();
        assertEquals("人民网", o.getName());
        assertTrue(!o.isActive());
    }
}
