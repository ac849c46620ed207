package org.briefdesk.domain.model.column;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ColumnRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    private final BriefingColumn dynamics = withId(new BriefingColumn("工作动态", 1), 1L);
    private final BriefingColumn cases = withId(new BriefingColumn("典型案例", 2), 2L);
    private final BriefingColumn campaign = withId(new BriefingColumn("垃圾分类专项行动", 3), 11L);

    private Item submitted() {
        Item item = new Item(
                new Unit("学院路街道", null, UnitKind.STREET_TOWN, true),
                null,
                new ItemContent("学院路街道推行垃圾分类“桶前值守”", "12月1日起，学院路街道在28个小区推行桶前值守，志愿者指导居民分类投放。", null, null, false, null),
                NOW);
        item.submit(NOW);
        return item;
    }

    @Test
    void anItemMayBeTaggedIntoSeveralColumnsAtOnce() {
        Item item = submitted();
        item.tag(List.of(dynamics, campaign));
        assertEquals(Set.of(dynamics, campaign), item.getColumns());
        item.tag(List.of());
        assertTrue(item.getColumns().isEmpty());
    }

    @Test
    void aRetiredColumnKeepsItsItemsButIsGivenToNoNewItem() {
        Item tagged = submitted();
        tagged.tag(List.of(dynamics, campaign));
        campaign.retire();

        tagged.tag(List.of(cases));
        assertEquals(Set.of(cases, campaign), tagged.getColumns(), "an item keeps a retired column it had");

        Item fresh = submitted();
        assertEquals(
                "栏目“垃圾分类专项行动”已停用",
                assertThrows(BusinessRuleViolation.class, () -> fresh.tag(List.of(campaign)))
                        .getMessage());
    }

    @Test
    void aRetiredColumnIsRestoredOnceAndRetiringTwiceIsExplained() {
        campaign.retire();
        assertFalse(campaign.isActive());
        assertThrows(BusinessRuleViolation.class, campaign::retire);
        campaign.restore();
        assertTrue(campaign.isActive());
        assertEquals(
                "栏目“垃圾分类专项行动”正在使用，无需恢复",
                assertThrows(BusinessRuleViolation.class, campaign::restore).getMessage());
    }

    @Test
    void reorderingNumbersEveryColumnFromOneAndRefusesALostOrDuplicatedColumn() {
        List<BriefingColumn> all = List.of(dynamics, cases, campaign);
        BriefingColumn.reorder(all, List.of(11L, 1L, 2L));
        assertEquals(1, campaign.getPosition());
        assertEquals(2, dynamics.getPosition());
        assertEquals(3, cases.getPosition());

        assertThrows(BusinessRuleViolation.class, () -> BriefingColumn.reorder(all, List.of(11L, 1L)));
        assertThrows(BusinessRuleViolation.class, () -> BriefingColumn.reorder(all, List.of(11L, 1L, 1L)));
        assertEquals(1, campaign.getPosition(), "a refused order changes nothing");
    }

    @Test
    void aColumnNameIsOneLineOfAtMostTwentyCharacters() {
        assertThrows(BusinessRuleViolation.class, () -> new BriefingColumn("  ", 1));
        assertThrows(BusinessRuleViolation.class, () -> new BriefingColumn("很".repeat(21), 1));
        dynamics.rename("  工作动态（周报）  ");
        assertEquals("工作动态（周报）", dynamics.getName());
    }
}
