package org.briefdesk.domain.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRanksTest {

    private record Scored(String unit, long score) {}

    private static SharedRanks ranks(long... scores) {
        return SharedRanks.of(
                java.util.Arrays.stream(scores)
                        .mapToObj(s -> new Scored("单位", s))
                        .toList(),
                Scored::score);
    }

    @Test
    void equalScoresShareARankAndTheNextScoreSkipsThePlacesTheyTook() {
        assertEquals(List.of(1, 2, 2, 4), ranks(91, 67, 67, 19).asList());
        assertEquals(List.of(1, 1, 1, 4, 5, 5), ranks(30, 30, 30, 12, 0, 0).asList());
    }

    @Test
    void fortyThreeUnitsWithoutPointsAllShareOnePlace() {
        long[] scores = new long[59];
        for (int i = 0; i < 16; i++) {
            scores[i] = 100 - i;
        }
        SharedRanks r = ranks(scores);
        assertEquals(16, r.rankAt(15));
        for (int i = 16; i < 59; i++) {
            assertEquals(17, r.rankAt(i), "学院路街道之后的第" + (i + 1) + "个单位");
        }
    }

    @Test
    void theTopFiveIncludesEveryoneTiedOnFifthPlace() {
        SharedRanks r = ranks(50, 40, 30, 20, 10, 10, 10, 5);
        assertEquals(7, r.within(5));
        assertEquals(3, r.within(3));
        assertEquals(0, ranks().within(5));
        assertEquals(2, ranks(8, 8).within(1));
    }

    @Test
    void aListNotOrderedByScoreIsRefused() {
        List<Scored> wrong = List.of(new Scored("区城管委", 19), new Scored("学院路街道", 67));
        assertThrows(IllegalArgumentException.class, () -> SharedRanks.of(wrong, Scored::score));
    }
}
