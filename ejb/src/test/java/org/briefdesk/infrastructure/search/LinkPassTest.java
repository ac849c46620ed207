package org.briefdesk.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which duplicate links a server stores when another server of the cluster may have stored them first. */
class LinkPassTest {

    /** Changes 11–14 after watermark 10: item 7 changed twice (11 and 14), items 8 and 9 once. */
    private final LinkPass pass = LinkPass.of(
            10,
            List.of(
                    new IndexFeed.Change(11, 7, ChangeLog.Kind.UPSERT),
                    new IndexFeed.Change(12, 8, ChangeLog.Kind.UPSERT),
                    new IndexFeed.Change(13, 9, ChangeLog.Kind.UPSERT),
                    new IndexFeed.Change(14, 7, ChangeLog.Kind.UPSERT)));

    @Test
    void aPassCoversItsChangesAndKnowsEachItemsLastChange() {
        assertEquals(10, pass.from());
        assertEquals(14, pass.to());
        assertEquals(Map.of(7L, 14L, 8L, 12L, 9L, 13L), pass.lastSeqOfItem());
    }

    @Test
    void nobodyElseGotThereSoEveryChangedItemIsStored() {
        assertEquals(Set.of(7L, 8L, 9L), pass.itemsToStore(10));
    }

    @Test
    void anotherServerStoredTheFirstChangesSoOnlyTheItemsChangedAfterThemAreStored() {
        assertEquals(Set.of(7L, 9L), pass.itemsToStore(12), "item 7 changed again at 14, after the other's pass");
    }

    @Test
    void anotherServerStoredThemAllSoNothingIsStoredTwice() {
        assertFalse(pass.claimable(14));
        assertEquals(Set.of(), pass.itemsToStore(14));
        assertEquals(Set.of(), pass.itemsToStore(20));
    }

    @Test
    void aWatermarkBehindThePassMeansARestoredDatabaseAndNothingIsStoredFromThisPass() {
        assertFalse(pass.claimable(5), "changes 6–10 would stay unlinked");
        assertEquals(Set.of(), pass.itemsToStore(5));
    }

    @Test
    void aPassCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new LinkPass(5, 4, Map.of()));
        assertTrue(new LinkPass(5, 6, Map.of(1L, 6L)).claimable(5));
    }
}
