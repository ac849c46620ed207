package org.briefdesk.domain.model.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** Assembling an issue: printed order, moves, the per-issue text, and what publishing refuses. */
class BriefingIssueTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private final Unit haidian = new Unit("海淀街道", null, UnitKind.STREET_TOWN, true);
    private final BriefingColumn updates = withId(new BriefingColumn("工作动态", 1), 1L);
    private final BriefingColumn cases = withId(new BriefingColumn("典型案例", 2), 2L);
    private long ids = 100;

    private BriefingIssue draft() {
        BriefingTitle title = new BriefingTitle(
                "海淀区创建首都文明区简报", "海淀区创建首都文明区工作领导小组办公室", Distribution.standard(), PageLayout.standard());
        return new BriefingIssue(title, new IssueNumber(IssueKind.REGULAR, 2026, 12, 128), DAY, "王编辑", NOW);
    }

    private Item accepted(String title) {
        Item item = withId(
                new Item(
                        haidian,
                        null,
                        new ItemContent(title, "<p>11月26日，海淀街道开展文明引导。</p>", DAY, null, false, null),
                        NOW),
                ids++);
        item.submit(NOW);
        item.accept();
        return item;
    }

    private BriefingEntry add(BriefingIssue issue, String title, BriefingColumn column) {
        return withId(issue.add(accepted(title), column, "海淀街道"), ids++);
    }

    private static List<String> headlines(BriefingIssue issue) {
        return issue.printOrder().stream().map(BriefingEntry::getHeadline).toList();
    }

    @Test
    void entriesPrintInColumnOrderWhateverTheOrderOfAdding() {
        BriefingIssue issue = draft();
        add(issue, "典型案例一", cases);
        add(issue, "动态一", updates);
        add(issue, "动态二", updates);
        assertEquals(List.of("动态一", "动态二", "典型案例一"), headlines(issue));
    }

    @Test
    void entriesMoveWithinAndBetweenColumns() {
        BriefingIssue issue = draft();
        BriefingEntry a = add(issue, "动态一", updates);
        add(issue, "动态二", updates);
        BriefingEntry c = add(issue, "典型案例一", cases);

        issue.shift(a.getId(), +1);
        assertEquals(List.of("动态二", "动态一", "典型案例一"), headlines(issue));
        issue.shift(a.getId(), +1);
        assertEquals(List.of("动态二", "动态一", "典型案例一"), headlines(issue), "the last of a column stays last");

        issue.moveTo(c.getId(), updates, 0);
        assertEquals(List.of("典型案例一", "动态二", "动态一"), headlines(issue));
        assertEquals(updates, c.getColumn(), "dragging into another column changes the entry's column");
        issue.moveTo(c.getId(), cases, 99);
        assertEquals(List.of("动态二", "动态一", "典型案例一"), headlines(issue));
    }

    @Test
    void anEntrysTextIsEditedForTheIssueOnlyAndItsHeadlineIsLimited() {
        BriefingIssue issue = draft();
        BriefingEntry e = add(issue, "海淀街道开展文明引导", updates);
        issue.revise(e.getId(), "文明引导进路口", "<p>改写后的正文</p><script>alert(1)</script>");
        assertEquals("文明引导进路口", e.getHeadline());
        assertEquals("<p>改写后的正文</p>", e.getBody().getHtml());
        assertEquals("海淀街道开展文明引导", e.getItem().getTitle());
        BusinessRuleViolation tooLong = assertThrows(
                BusinessRuleViolation.class, () -> issue.revise(e.getId(), "长".repeat(10_000), "<p>正文</p>"));
        assertEquals("标题不能超过200个字", tooLong.getMessage());
        assertEquals("文明引导进路口", e.getHeadline());
    }

    @Test
    void anItemIsAddedOnceAndOnlyWhenAccepted() {
        BriefingIssue issue = draft();
        Item item = accepted("海淀街道开展文明引导");
        issue.add(item, updates, "海淀街道");
        assertThrows(BusinessRuleViolation.class, () -> issue.add(item, updates, "海淀街道"));
        Item waiting =
                withId(new Item(haidian, null, new ItemContent("待筛选的信息", "正文", DAY, null, false, null), NOW), 999L);
        waiting.submit(NOW);
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> issue.add(waiting, updates, "海淀街道"));
        assertTrue(e.getMessage().contains("不是采用待编的信息"), e.getMessage());
    }

    @Test
    void publishingFreezesTheIssue() {
        BriefingIssue issue = draft();
        assertThrows(BusinessRuleViolation.class, () -> issue.publish("王编辑", NOW), "an empty issue");
        BriefingEntry e = add(issue, "动态一", updates);
        issue.submitForReview();
        assertEquals(IssueStatus.IN_REVIEW, issue.getStatus());
        issue.publish("王编辑", NOW);
        assertEquals(IssueStatus.PUBLISHED, issue.getStatus());
        BusinessRuleViolation frozen = assertThrows(BusinessRuleViolation.class, () -> issue.remove(e.getId()));
        assertEquals("本期已发布，不能再修改", frozen.getMessage());
        assertThrows(
                BusinessRuleViolation.class, () -> issue.describe(DAY, null, Distribution.standard(), null, false));
        assertThrows(BusinessRuleViolation.class, () -> issue.publish("王编辑", NOW));
    }

    @Test
    void publishingRefusesAnEntryWhoseItemWasRejectedNamingIt() {
        BriefingIssue issue = draft();
        add(issue, "动态一", updates);
        BriefingEntry second = add(issue, "动态二", updates);
        second.getItem().reject("与已刊发信息重复");
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> issue.publish("王编辑", NOW));
        assertEquals("第2条“动态二”的原信息已不予采用，请移除该条后再发布", e.getMessage());
        assertEquals(IssueStatus.DRAFT, issue.getStatus());
    }

    @Test
    void theHeaderRefusesADateOfAnotherYearAndMarkupInTheEditorsNote() {
        BriefingIssue issue = draft();
        assertThrows(
                BusinessRuleViolation.class,
                () -> issue.describe(LocalDate.of(2027, 1, 2), null, Distribution.standard(), null, false));
        assertThrows(
                BusinessRuleViolation.class,
                () -> issue.describe(DAY, "<img src=x onerror=alert(1)>", Distribution.standard(), null, false));
        issue.describe(DAY.plusDays(1), "本期聚焦“文明交通”主题活动。", Distribution.standard(), "区交通支队", true);
        assertEquals("本期聚焦“文明交通”主题活动。", issue.getEditorNote());
        assertEquals("区交通支队", issue.getExtraRecipients());
    }

    @Test
    void numbersPrintAsTheOfficeWritesThem() {
        assertEquals("第12期（总第128期）", new IssueNumber(IssueKind.REGULAR, 2026, 12, 128).printed());
        assertEquals("第3期", new IssueNumber(IssueKind.SUPPLEMENT, 2026, 3, null).printed());
        assertEquals("2026年特刊第2期", new IssueNumber(IssueKind.SPECIAL, 2026, 2, 5).label());
        assertThrows(IllegalArgumentException.class, () -> new IssueNumber(IssueKind.SUPPLEMENT, 2026, 1, 1));
    }

    @Test
    void layoutAndDistributionRefuseUnprintableSettings() {
        assertThrows(BusinessRuleViolation.class, () -> new PageLayout(37, 35, 28, 26, 36, 16, "red"));
        assertThrows(BusinessRuleViolation.class, () -> new PageLayout(37, 35, 70, 70, 36, 16, "#E60012"));
        assertThrows(BusinessRuleViolation.class, () -> new Distribution("区委", null, null, 0));
        assertEquals("#E60012", new PageLayout(37, 35, 28, 26, 36, 16, "#e60012").getRedColor());
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
