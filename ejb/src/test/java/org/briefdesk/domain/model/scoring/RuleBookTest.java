package org.briefdesk.domain.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    final RuleSet v1 = RuleSet.defaults(LocalDate.of(2000, 1, 1), "系统", T);
    final RuleSet v2 = version(LocalDate.of(2026, 7, 1), 2, T.plusSeconds(10));

    static RuleSet version(LocalDate from, int submission, Instant created) {
        Map<ScoreKey, Integer> p = new EnumMap<>(ScoreKey.class);
        for (ScoreKey k : ScoreKey.values()) {
            p.put(k, k.getDefaultPoints());
        }
        p.put(ScoreKey.SUBMISSION, submission);
        return new RuleSet(from, p, true, true, true, "报送分调整为" + submission + "分", "管理员", created);
    }

    @Test
    void theDefaultsAreTheWorkPlansTable() {
        assertEquals(1, v1.submissionPoints());
        assertEquals(5, v1.adoptionPoints(OutletLevel.DISTRICT, AdoptionMode.FULL));
        assertEquals(2, v1.adoptionPoints(OutletLevel.DISTRICT, AdoptionMode.COMBINED));
        assertEquals(20, v1.adoptionPoints(OutletLevel.CITY, AdoptionMode.FULL));
        assertEquals(10, v1.adoptionPoints(OutletLevel.CITY, AdoptionMode.COMBINED));
        assertEquals(40, v1.adoptionPoints(OutletLevel.NATIONAL, AdoptionMode.FULL));
        assertEquals(20, v1.adoptionPoints(OutletLevel.NATIONAL, AdoptionMode.COMBINED));
        assertEquals(50, v1.instructionPoints(LeaderLevel.CAPITAL));
        assertEquals(40, v1.instructionPoints(LeaderLevel.CITY));
        assertEquals(30, v1.instructionPoints(LeaderLevel.DISTRICT));
        assertTrue(v1.describeCombination().contains("按最高分计算"));
    }

    @Test
    void aVersionIsInForceFromItsEffectiveDayUntilTheNextOnes() {
        RuleBook book = new RuleBook(List.of(v2, v1));
        assertEquals(v1, book.inForceOn(LocalDate.of(2026, 6, 30)));
        assertEquals(v2, book.inForceOn(LocalDate.of(2026, 7, 1)));
        assertEquals(v2, book.inForceOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void onTheSameEffectiveDayTheLaterVersionWins() {
        RuleSet correction = version(LocalDate.of(2026, 7, 1), 3, T.plusSeconds(20));
        RuleBook book = new RuleBook(List.of(correction, v2, v1));
        assertEquals(correction, book.inForceOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aPeriodIsCutAtEachEffectiveDate() {
        RuleBook book = new RuleBook(List.of(v1, v2));
        List<RuleBook.Span> spans = book.spans(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(2, spans.size());
        assertEquals(LocalDate.of(2026, 6, 30), spans.get(0).to());
        assertEquals(v1, spans.get(0).rules());
        assertEquals(LocalDate.of(2026, 7, 1), spans.get(1).from());
        assertEquals(v2, spans.get(1).rules());
        assertEquals(
                1,
                book.spans(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)).size());
    }

    @Test
    void everyRuleNeedsAPointValueWithinRange() {
        Map<ScoreKey, Integer> p = new EnumMap<>(v1.pointsByKey());
        p.remove(ScoreKey.CITY_COMBINED);
        var missing = assertThrows(
                BusinessRuleViolation.class,
                () -> new RuleSet(LocalDate.of(2026, 1, 1), p, true, true, true, null, "管理员", T));
        assertTrue(missing.getMessage().contains("综合编辑"), missing.getMessage());
        p.put(ScoreKey.CITY_COMBINED, -1);
        var negative = assertThrows(
                BusinessRuleViolation.class,
                () -> new RuleSet(LocalDate.of(2026, 1, 1), p, true, true, true, null, "管理员", T));
        assertTrue(negative.getMessage().contains("0到1000"), negative.getMessage());
    }

    @Test
    void anEmptyRuleBookIsRefused() {
        assertThrows(BusinessRuleViolation.class, () -> new RuleBook(List.of()));
    }
}
