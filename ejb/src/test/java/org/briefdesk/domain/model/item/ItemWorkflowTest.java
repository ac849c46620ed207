package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ItemWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final Unit haidian = new Unit("海淀街道", null, UnitKind.STREET_TOWN, true);

    private Item draft() {
        return new Item(
                haidian,
                null,
                new ItemContent(
                        "海淀街道开展垃圾分类入户宣传活动",
                        "11月18日，海淀街道组织志愿者深入辖区12个社区开展垃圾分类入户宣传。\n共发放宣传材料3000余份。",
                        null,
                        MustReportKind.DISTINCTIVE_PRACTICE,
                        false,
                        "010-12345678"),
                NOW);
    }

    @Test
    void aNewItemIsADraftOfItsUnit() {
        Item item = draft();
        assertEquals(ItemStatus.DRAFT, item.getStatus());
        assertNull(item.getSubmittedAt());
        assertEquals("海淀街道", item.getUnit().getName());
    }

    @Test
    void submittingSendsTheDraftToTheOffice() {
        Item item = draft();
        item.submit(NOW);
        assertEquals(ItemStatus.SUBMITTED, item.getStatus());
        assertEquals(NOW, item.getSubmittedAt());
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> item.submit(NOW));
        assertEquals("该信息已报送，不能重复报送（当前状态：待筛选）", e.getMessage());
    }

    @Test
    void theUnitMayWithdrawOnlyBeforeScreening() {
        Item item = draft();
        item.submit(NOW);
        item.withdraw();
        assertEquals(ItemStatus.WITHDRAWN, item.getStatus());

        Item accepted = draft();
        accepted.submit(NOW);
        accepted.accept();
        assertThrows(BusinessRuleViolation.class, accepted::withdraw);
    }

    @Test
    void aReturnedItemCarriesTheReasonUntilTheUnitSubmitsAgain() {
        Item item = draft();
        item.submit(NOW);
        item.returnToUnit("请补充参与人数");
        assertEquals(ItemStatus.RETURNED, item.getStatus());
        assertEquals("请补充参与人数", item.getStatusReason());
        item.revise(new ItemContent("海淀街道开展垃圾分类入户宣传活动", "共有200名志愿者参与。", null, null, false, null));
        item.submit(NOW.plusSeconds(3600));
        assertEquals(ItemStatus.SUBMITTED, item.getStatus());
        assertNull(item.getStatusReason());
    }

    @Test
    void returningOrRejectingNeedsAReason() {
        Item item = draft();
        item.submit(NOW);
        assertThrows(BusinessRuleViolation.class, () -> item.returnToUnit(" "));
        assertThrows(BusinessRuleViolation.class, () -> item.reject(null));
        assertEquals(ItemStatus.SUBMITTED, item.getStatus());
    }

    @Test
    void onlyDraftsAndReturnedItemsCanBeRevisedByTheUnit() {
        Item item = draft();
        item.submit(NOW);
        assertThrows(
                BusinessRuleViolation.class, () -> item.revise(new ItemContent("新标题", "新正文", null, null, false, null)));
    }

    @Test
    void onlyAcceptedItemsArePublished() {
        Item item = draft();
        item.submit(NOW);
        assertThrows(BusinessRuleViolation.class, item::markPublished);
        assertFalse(item.usableInIssue());
        item.accept();
        assertTrue(item.usableInIssue());
        item.markPublished();
        assertEquals(ItemStatus.PUBLISHED, item.getStatus());
    }

    @Test
    void aPublishedItemMayBePrintedAgainInASpecialIssue() {
        Item item = draft();
        item.submit(NOW);
        item.accept();
        item.markPublished();
        assertTrue(item.usableInIssue());
        item.markPublished();
        assertEquals(ItemStatus.PUBLISHED, item.getStatus());
    }

    @Test
    void taggingRefusesInactiveColumns() {
        Item item = draft();
        item.submit(NOW);
        BriefingColumn dynamics = new BriefingColumn("工作动态", 1);
        BriefingColumn old = new BriefingColumn("旧栏目", 9);
        old.retire();
        item.tag(List.of(dynamics));
        assertTrue(item.getColumns().contains(dynamics));
        assertThrows(BusinessRuleViolation.class, () -> item.tag(List.of(old)));
    }

    @Test
    void titlesAreOneLineOfAtMostAHundredCharactersWithoutMarkup() {
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Item(haidian, null, new ItemContent("<b>标题</b>", "正文", null, null, false, null), NOW));
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Item(haidian, null, new ItemContent("长".repeat(101), "正文", null, null, false, null), NOW));
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Item(haidian, null, new ItemContent("第一行\n第二行", "正文", null, null, false, null), NOW));
        assertEquals(
                100,
                new Item(haidian, null, new ItemContent("长".repeat(100), "正文", null, null, false, null), NOW)
                        .getTitle()
                        .length());
    }

    @Test
    void theOfficeItselfDoesNotReportItems() {
        Unit office = new Unit("海淀区创建首都文明区工作领导小组办公室", "区创建办", UnitKind.OFFICE, false);
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Item(office, null, new ItemContent("标题", "正文", null, null, false, null), NOW));
    }
}
