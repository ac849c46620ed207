package org.briefdesk.domain.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.junit.jupiter.api.Test;

class ItemScoringTest {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final RuleBook DEFAULTS = new RuleBook(List.of(RuleSet.defaults(LocalDate.of(2000, 1, 1), "系统", CREATED)));

    static ScoredRecord adoption(long id, String day, OutletLevel level, AdoptionMode mode, String outlet) {
        return ScoredRecord.adoption(id, LocalDate.parse(day), level, mode, outlet, null);
    }

    static ScoredRecord instruction(long id, String day, LeaderLevel level, String leader) {
        return ScoredRecord.instruction(id, LocalDate.parse(day), level, leader, null);
    }

    static int total(List<ScoreCredit> credits) {
        return credits.stream().mapToInt(ScoreCredit::credited).sum();
    }

    @Test
    void workedExampleOfTheWorkPlanScoresSixtyOne() {
        // 海淀街道's item on 垃圾分类: district briefing and 北京日报 in full, 人民网 combined,
        // instructed by a district and a city leader: 1 + max(5, 20, 20) + max(30, 40) = 61.
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        adoption(1, "2026-03-06", OutletLevel.DISTRICT, AdoptionMode.FULL, "海淀区创建首都文明区简报"),
                        adoption(2, "2026-03-12", OutletLevel.CITY, AdoptionMode.FULL, "北京日报"),
                        adoption(3, "2026-03-20", OutletLevel.NATIONAL, AdoptionMode.COMBINED, "人民网"),
                        instruction(4, "2026-03-09", LeaderLevel.DISTRICT, "王明"),
                        instruction(5, "2026-03-25", LeaderLevel.CITY, "李华")),
                DEFAULTS);
        int submission = DEFAULTS.inForceOn(LocalDate.parse("2026-03-02")).submissionPoints();
        assertEquals(61, submission + total(credits));
        assertEquals(
                List.of(5, 30, 15, 0, 10),
                credits.stream().map(ScoreCredit::credited).toList());
        ScoreCredit national = credits.get(3);
        assertEquals(20, national.points());
        assertTrue(national.superseded());
        assertTrue(national.explanation().contains("不再计分"), national.explanation());
    }

    @Test
    void aHigherAdoptionLaterAddsOnlyTheDifferenceSoEachMonthKeepsWhatItCounted() {
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        adoption(1, "2026-01-28", OutletLevel.DISTRICT, AdoptionMode.FULL, "海淀报"),
                        adoption(2, "2026-02-10", OutletLevel.NATIONAL, AdoptionMode.FULL, "新华网")),
                DEFAULTS);
        assertEquals(5, credits.get(0).credited());
        assertEquals(35, credits.get(1).credited());
        assertTrue(
                credits.get(1).explanation().contains("补计35分"), credits.get(1).explanation());
        assertEquals(40, total(credits));
    }

    @Test
    void recordsEnteredOutOfDateOrderAreCreditedInDateOrder() {
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        instruction(9, "2026-05-20", LeaderLevel.CITY, "李华"),
                        instruction(3, "2026-05-02", LeaderLevel.CAPITAL, "首都文明办张强")),
                DEFAULTS);
        assertEquals(3, credits.get(0).record().recordId());
        assertEquals(50, credits.get(0).credited());
        assertEquals(0, credits.get(1).credited());
        assertEquals(50, total(credits));
    }

    @Test
    void anAdoptionOfTheCombinedItemCountsForTheSourceAtCombinedPointsEvenIfTheOutletTookItWhole() {
        ScoredRecord viaCombined = ScoredRecord.adoption(
                7, LocalDate.parse("2026-04-03"), OutletLevel.CITY, AdoptionMode.FULL, "首都文明网", 500L);
        assertEquals(AdoptionMode.COMBINED, viaCombined.mode());
        List<ScoreCredit> credits = ItemScoring.credit(List.of(viaCombined), DEFAULTS);
        assertEquals(10, credits.get(0).credited());
        assertTrue(viaCombined.describe().contains("综合信息"));
    }

    @Test
    void withoutHighestOnlyEveryAdoptionAndInstructionCounts() {
        Map<ScoreKey, Integer> points = new EnumMap<>(DEFAULTS.versions().get(0).pointsByKey());
        RuleSet everyRecord =
                new RuleSet(LocalDate.of(2000, 1, 1), points, false, false, true, "每次采用均计分", "管理员", CREATED);
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        adoption(1, "2026-03-06", OutletLevel.DISTRICT, AdoptionMode.FULL, "海淀报"),
                        adoption(2, "2026-03-12", OutletLevel.CITY, AdoptionMode.COMBINED, "北京日报"),
                        instruction(3, "2026-03-13", LeaderLevel.DISTRICT, "王明"),
                        instruction(4, "2026-03-14", LeaderLevel.DISTRICT, "赵亮")),
                new RuleBook(List.of(everyRecord)));
        assertEquals(5 + 10 + 30 + 30, total(credits));
        assertFalse(credits.stream().anyMatch(ScoreCredit::superseded));
    }

    @Test
    void whenAdoptionAndInstructionDoNotAddUpTheHigherOfTheTwoCounts() {
        Map<ScoreKey, Integer> points = new EnumMap<>(DEFAULTS.versions().get(0).pointsByKey());
        RuleSet bestOf = new RuleSet(LocalDate.of(2000, 1, 1), points, true, true, false, "采用批示取高", "管理员", CREATED);
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        adoption(1, "2026-03-06", OutletLevel.CITY, AdoptionMode.FULL, "北京日报"),
                        instruction(2, "2026-03-09", LeaderLevel.DISTRICT, "王明")),
                new RuleBook(List.of(bestOf)));
        assertEquals(
                List.of(20, 10), credits.stream().map(ScoreCredit::credited).toList());
        assertEquals(30, total(credits));
    }

    @Test
    void aRecordIsScoredWithTheVersionInForceOnItsDate() {
        Map<ScoreKey, Integer> raised = new EnumMap<>(DEFAULTS.versions().get(0).pointsByKey());
        raised.put(ScoreKey.CITY_FULL, 25);
        RuleSet v2 = new RuleSet(
                LocalDate.of(2026, 7, 1), raised, true, true, true, "市级采用提高到25分", "管理员", CREATED.plusSeconds(60));
        RuleBook book = new RuleBook(List.of(DEFAULTS.versions().get(0), v2));
        List<ScoreCredit> credits = ItemScoring.credit(
                List.of(
                        adoption(1, "2026-06-30", OutletLevel.CITY, AdoptionMode.FULL, "北京日报"),
                        adoption(2, "2026-07-01", OutletLevel.CITY, AdoptionMode.FULL, "北京晚报")),
                book);
        assertEquals(20, credits.get(0).points());
        assertEquals(25, credits.get(1).points());
        assertEquals(5, credits.get(1).credited());
        assertEquals(v2, credits.get(1).rules());
    }
}
