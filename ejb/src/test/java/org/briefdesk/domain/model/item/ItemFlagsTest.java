package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ItemFlagsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    private Item draft() {
        return new Item(
                new Unit("清河街道", null, UnitKind.STREET_TOWN, true),
                null,
                new ItemContent(
                        "清河街道部分小区出现群租反弹苗头",
                        "近期清河街道巡查发现，3个小区出现群租房反弹现象，居民投诉增多。",
                        null,
                        MustReportKind.PROGRESS_PROBLEMS,
                        false,
                        null),
                NOW);
    }

    @Test
    void theEditorCorrectsTheOfficersMustReportKindAndMarksTheItemNegativeAndEarlyWarning() {
        Item item = draft();
        item.submit(NOW);
        item.characterise(new ItemFlags(MustReportKind.EARLY_SIGNS, Orientation.NEGATIVE, true, false));

        assertEquals(MustReportKind.EARLY_SIGNS, item.getMustReport());
        assertEquals(
                List.of(ItemFlags.Flag.NEGATIVE, ItemFlags.Flag.EARLY_WARNING),
                item.getFlags().flags());
        assertEquals("必报：苗头性倾向性问题；负面；预警", item.getFlags().describe());
    }

    @Test
    void aUnitsDraftIsNotJudgedByTheOffice() {
        Item item = draft();
        assertThrows(
                BusinessRuleViolation.class,
                () -> item.characterise(new ItemFlags(null, Orientation.POSITIVE, false, true)));
        assertEquals(MustReportKind.PROGRESS_PROBLEMS, item.getMustReport(), "nothing changed");
    }

    @Test
    void anItemWithoutJudgementHasNoFlags() {
        ItemFlags none = new ItemFlags(null, null, false, false);
        assertEquals(List.of(), none.flags());
        assertEquals("非必报", none.describe());
        assertEquals(
                List.of(ItemFlags.Flag.POSITIVE, ItemFlags.Flag.SENSITIVE),
                new ItemFlags(null, Orientation.POSITIVE, false, true).flags());
    }
}
