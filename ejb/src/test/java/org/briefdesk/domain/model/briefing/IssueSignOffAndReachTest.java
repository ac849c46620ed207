package org.briefdesk.domain.model.briefing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** 签发 on an issue (signer other than the assembler, voided by any change) and who may read it (units). */
class IssueSignOffAndReachTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final long ASSEMBLER = 7;
    private static final long SIGNER = 8;
    private final BriefingTitle title =
            new BriefingTitle("海淀区创建首都文明区简报", "海淀区创建首都文明区工作领导小组办公室", Distribution.standard(), PageLayout.standard());
    private long ids = 100;

    private BriefingIssue inReview() throws Exception {
        BriefingIssue issue = new BriefingIssue(
                title, new IssueNumber(IssueKind.REGULAR, 2026, 12, 128), LocalDate.of(2026, 11, 27), "王编辑", NOW);
        issue.assembledBy(ASSEMBLER);
        Item item = new Item(
                new Unit("海淀街道", null, UnitKind.STREET_TOWN, true),
                null,
                new ItemContent("海淀街道开展文明引导", "<p>11月26日，海淀街道开展文明引导。</p>", null, null, false, null),
                NOW);
        setId(item, ids++);
        item.submit(NOW);
        item.accept();
        setId(issue.add(item, null, "海淀街道"), ids++);
        issue.submitForReview();
        return issue;
    }

    @Test
    void withSignOffRequiredPublishingWaitsForASignerWhoDidNotAssembleTheIssue() throws Exception {
        title.requireSignOff(true);
        BriefingIssue issue = inReview();

        var unsigned = assertThrows(BusinessRuleViolation.class, issue::requireSignOff);
        assertTrue(unsigned.getMessage().contains("尚未签发"), unsigned.getMessage());
        var own = assertThrows(BusinessRuleViolation.class, () -> issue.signOff(ASSEMBLER, "王编辑", NOW));
        assertEquals("签发人不能是本期的组稿编辑，请由其他签发人签发", own.getMessage());

        issue.signOff(SIGNER, "李主任", NOW);

        assertEquals("李主任", issue.getSignOff().getSignerName());
        assertEquals(NOW, issue.getSignOff().getSignedAt());
        assertDoesNotThrow(issue::requireSignOff);
    }

    @Test
    void aChangeAfterTheSignOffNeedsANewOne() throws Exception {
        title.requireSignOff(true);
        BriefingIssue issue = inReview();
        issue.signOff(SIGNER, "李主任", NOW);

        issue.revise(issue.printOrder().get(0).getId(), "海淀街道开展文明引导志愿服务", "<p>改后的正文。</p>");

        assertNull(issue.getSignOff());
        assertThrows(BusinessRuleViolation.class, issue::requireSignOff);
    }

    @Test
    void onlyAnIssueInReviewIsSignedAndOnlyWhenTheTitleAsksForIt() throws Exception {
        BriefingIssue notRequired = inReview();
        assertThrows(BusinessRuleViolation.class, () -> notRequired.signOff(SIGNER, "李主任", NOW));
        assertDoesNotThrow(notRequired::requireSignOff, "turned off, editors publish as before");

        title.requireSignOff(true);
        BriefingIssue draft = inReview();
        draft.reopen();
        var refused = assertThrows(BusinessRuleViolation.class, () -> draft.signOff(SIGNER, "李主任", NOW));
        assertEquals("请先提交审核，再由签发人签发", refused.getMessage());
    }

    @Test
    void officersReadOnlyPublishedIssuesThatReachedTheirUnit() throws Exception {
        BriefingIssue issue = inReview();
        issue.distributeToUnits(true, false);
        assertTrue(issue.isForUnits());
        assertFalse(issue.isReadableBy(1, 3L), "not yet published");

        issue.publish("王编辑", NOW, List.of(3L, 4L));

        assertTrue(issue.isReadableBy(1, 3L));
        assertTrue(issue.isReadableBy(2, 4L));
        assertFalse(issue.isReadableBy(1, 5L), "a unit it was not sent to");
        assertFalse(issue.isReadableBy(1, null), "a leader it was not distributed to");
    }

    private static void setId(Object entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
