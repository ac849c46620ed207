package org.briefdesk.domain.model.solicitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class SolicitationRulesTest {

    /** 2026-12-01 17:00 in Beijing is 09:00 UTC. */
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 12, 1, 17, 0);

    private static final Instant DEADLINE_UTC = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-11-28T02:00:00Z");

    private final Unit haidian = unit(11L, "海淀街道", UnitKind.STREET_TOWN);
    private final Unit xueyuanlu = unit(12L, "学院路街道", UnitKind.STREET_TOWN);
    private final Unit office = unit(1L, "海淀区创建首都文明区工作领导小组办公室", UnitKind.OFFICE);

    private Solicitation issue() {
        return new Solicitation(
                "垃圾分类进社区典型做法", "请报送本单位垃圾分类工作的特色做法，800字以内，附图片。", DEADLINE, List.of(haidian, xueyuanlu), 5L, ISSUED);
    }

    private static Answer answer(Unit unit, Instant submittedAt) {
        return new Answer(1L, 100L, unit.getId(), "海淀街道推进垃圾分类", submittedAt);
    }

    @Test
    void theDeadlineIsBeijingTimeAsTheEditorTypedIt() {
        assertEquals(DEADLINE_UTC, issue().getDeadline());
    }

    @Test
    void anAnswerSubmittedAtTheDeadlineToTheSecondIsOnTime() {
        Solicitation s = issue();
        Instant later = DEADLINE_UTC.plusSeconds(3600);
        assertEquals(AnswerStatus.ANSWERED, s.statusOf(11L, List.of(answer(haidian, DEADLINE_UTC)), later));
        assertEquals(AnswerStatus.LATE, s.statusOf(11L, List.of(answer(haidian, DEADLINE_UTC.plusSeconds(1))), later));
    }

    @Test
    void oneOnTimeAnswerOutweighsALateOne() {
        Solicitation s = issue();
        var answers = List.of(
                answer(haidian, DEADLINE_UTC.plusSeconds(7200)), answer(haidian, DEADLINE_UTC.minusSeconds(60)));
        assertEquals(AnswerStatus.ANSWERED, s.statusOf(11L, answers, DEADLINE_UTC.plusSeconds(9000)));
    }

    @Test
    void withoutAnswerAUnitIsNotYetDueUntilTheDeadlineAndMissedAfterIt() {
        Solicitation s = issue();
        assertEquals(AnswerStatus.NOT_YET, s.statusOf(11L, List.of(), DEADLINE_UTC));
        assertEquals(AnswerStatus.MISSED, s.statusOf(11L, List.of(), DEADLINE_UTC.plusSeconds(1)));
    }

    @Test
    void anotherUnitsAnswerDoesNotCountForThisUnit() {
        Solicitation s = issue();
        var answers = List.of(answer(haidian, DEADLINE_UTC.minusSeconds(600)));
        assertEquals(AnswerStatus.ANSWERED, s.statusOf(11L, answers, DEADLINE_UTC.plusSeconds(1)));
        assertEquals(AnswerStatus.MISSED, s.statusOf(12L, answers, DEADLINE_UTC.plusSeconds(1)));
    }

    @Test
    void theDeadlineMustBeInTheFutureWhenIssued() {
        var e = assertThrows(
                BusinessRuleViolation.class,
                () -> new Solicitation(
                        "文明交通", "请报送文明交通劝导情况。", LocalDateTime.of(2026, 11, 28, 10, 0), List.of(haidian), 5L, ISSUED));
        assertEquals("截止时间必须晚于当前时间", e.getMessage());
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Solicitation("文明交通", "请报送文明交通劝导情况。", null, List.of(haidian), 5L, ISSUED));
    }

    @Test
    void aSolicitationNeedsATopicWithoutMarkupRequirementsAndAReportingUnit() {
        assertEquals(
                "约稿主题不能包含HTML标记",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> new Solicitation("<b>文明交通</b>", "请报送。", DEADLINE, List.of(haidian), 5L, ISSUED))
                        .getMessage());
        assertEquals(
                "约稿主题不能超过100个字",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> new Solicitation("文".repeat(101), "请报送。", DEADLINE, List.of(haidian), 5L, ISSUED))
                        .getMessage());
        assertEquals(
                "约稿要求不能为空",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> new Solicitation("文明交通", "  ", DEADLINE, List.of(haidian), 5L, ISSUED))
                        .getMessage());
        assertEquals(
                "约稿要求不能超过5000个字",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> new Solicitation(
                                        "文明交通", "字".repeat(5001), DEADLINE, List.of(haidian), 5L, ISSUED))
                        .getMessage());
        assertEquals(
                "请至少选择一个报送单位",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> new Solicitation("文明交通", "请报送。", DEADLINE, List.of(), 5L, ISSUED))
                        .getMessage());
        assertTrue(assertThrows(
                        BusinessRuleViolation.class,
                        () -> new Solicitation("文明交通", "请报送。", DEADLINE, List.of(haidian, office), 5L, ISSUED))
                .getMessage()
                .contains("不是报送单位"));
    }

    @Test
    void requirementsKeepTheirLineBreaks() {
        Solicitation s = new Solicitation("文明交通", "一、报送范围\n二、字数要求", DEADLINE, List.of(haidian), 5L, ISSUED);
        assertEquals("一、报送范围\n二、字数要求", s.getRequirements());
    }

    @Test
    void aUnitPickedTwiceIsAddressedOnce() {
        Solicitation s = new Solicitation("文明交通", "请报送。", DEADLINE, List.of(haidian, haidian), 5L, ISSUED);
        assertEquals(1, s.getTargets().size());
        assertTrue(s.isAddressedTo(11L));
        assertFalse(s.isAddressedTo(12L));
    }

    @Test
    void aUnitIsRemindedOnceWithinADayOfTheDeadlineAndOnlyIfItHasNotAnswered() {
        Solicitation s = issue();
        Instant twoDaysBefore = DEADLINE_UTC.minusSeconds(48 * 3600);
        Instant dayBefore = DEADLINE_UTC.minusSeconds(24 * 3600);
        assertFalse(s.needsReminder(11L, AnswerStatus.NOT_YET, twoDaysBefore));
        assertTrue(s.needsReminder(11L, AnswerStatus.NOT_YET, dayBefore));
        assertFalse(s.needsReminder(12L, AnswerStatus.ANSWERED, dayBefore));
        assertFalse(s.needsReminder(99L, AnswerStatus.NOT_YET, dayBefore), "not a target");
        s.markReminded(11L, dayBefore);
        assertNotNull(s.target(11L).orElseThrow().getRemindedAt());
        assertFalse(s.needsReminder(11L, AnswerStatus.NOT_YET, dayBefore.plusSeconds(1800)));
    }

    @Test
    void aClosedSolicitationRemindsNobodyAndCannotBeClosedAgain() {
        Solicitation s = issue();
        s.close();
        assertTrue(s.isClosed());
        assertFalse(s.needsReminder(11L, AnswerStatus.NOT_YET, DEADLINE_UTC.minusSeconds(3600)));
        assertEquals(
                "该约稿已结束", assertThrows(BusinessRuleViolation.class, s::close).getMessage());
    }

    private static Unit unit(long id, String name, UnitKind kind) {
        Unit u = new Unit(name, null, kind, true);
        try {
            // Ids come from the database; these rules compare ids, so the test gives them by hand.
            Field f = Unit.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(u, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return u;
    }
}
