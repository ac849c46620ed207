package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.RevisionView;
import org.briefdesk.application.editorial.TrailEntry;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editors' actions in the container: screening, tagging, editing, combining, marking duplicates and concurrency. */
@ExtendWith(ArquillianExtension.class)
class EditorialIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(EditorialIT.class, EditorialFixture.class);
    }

    @Inject
    EditorialService editorial;

    @Inject
    InboxQuery inbox;

    @Inject
    AccountService accountService;

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UserTransaction tx;

    @Inject
    EditorialFixture fixture;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private List<AuditAction> trail(long itemId) {
        return editorial.auditTrail(fixture.editor(), itemId).stream()
                .map(TrailEntry::action)
                .toList();
    }

    @Test
    void acceptingTaggingReturningAndRejectingAreEachInTheAuditTrail() throws Exception {
        Item a = fixture.submitted("海淀街道", "海淀街道开展“文明餐桌”主题宣传");
        BriefingColumn updates = columns.findByName("工作动态").orElseThrow();
        BriefingColumn cases = columns.findByName("典型案例").orElseThrow();

        ItemView tagged =
                editorial.tag(fixture.editor(), a.getId(), a.getVersion(), List.of(updates.getId(), cases.getId()));
        ItemView accepted = editorial.accept(fixture.editor(), a.getId(), tagged.version());
        assertEquals(ItemStatus.ACCEPTED, fixture.reload(a).getStatus());
        assertEquals(
                Set.of("工作动态", "典型案例"),
                fixture.reload(a).getColumns().stream()
                        .map(BriefingColumn::getName)
                        .collect(Collectors.toSet()));
        assertEquals(List.of(AuditAction.TAGGED, AuditAction.ACCEPTED), trail(a.getId()));
        TrailEntry tagEvent = editorial.auditTrail(fixture.editor(), a.getId()).get(0);
        assertEquals("王编辑", tagEvent.actorName());
        assertTrue(tagEvent.detail().contains("工作动态") && tagEvent.detail().contains("典型案例"), tagEvent.detail());
        assertNotNull(tagEvent.at());

        editorial.reject(fixture.editor2(), a.getId(), accepted.version(), "内容与上周报送的信息重复");
        assertEquals(ItemStatus.REJECTED, fixture.reload(a).getStatus());
        assertEquals("内容与上周报送的信息重复", fixture.reload(a).getStatusReason());
        assertEquals(AuditAction.REJECTED, trail(a.getId()).get(2));

        Item b = fixture.submitted("学院路街道", "学院路街道召开垃圾分类推进会");
        editorial.returnToUnit(fixture.editor(), b.getId(), b.getVersion(), "请补充具体数据和成效");
        assertEquals(ItemStatus.RETURNED, fixture.reload(b).getStatus());
        TrailEntry returned = editorial.auditTrail(fixture.editor(), b.getId()).get(0);
        assertEquals(AuditAction.RETURNED, returned.action());
        assertEquals("请补充具体数据和成效", returned.detail());
    }

    @Test
    void aReasonIsRequiredToReturnOrReject() throws Exception {
        Item a = fixture.submitted("海淀街道", "海淀街道开展冬季消防安全检查");
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> editorial.returnToUnit(fixture.editor(), a.getId(), a.getVersion(), "  "));
        assertTrue(e.getMessage().contains("退回原因"), e.getMessage());
        assertEquals(ItemStatus.SUBMITTED, fixture.reload(a).getStatus());
        assertTrue(trail(a.getId()).isEmpty(), "nothing is recorded for a refused action");
    }

    @Test
    void editingKeepsTheUnitsTextAsRevisionOneAndTheEditAsRevisionTwo() throws Exception {
        Item a = fixture.submitted(
                "海淀街道", "海淀街道组织文明交通劝导", "11月26日，海淀街道组织志愿者在路口开展文明交通劝导。共劝导不文明行为30余起。", false, null, Instant.now());
        ItemView edited = editorial.edit(
                fixture.editor(),
                a.getId(),
                a.getVersion(),
                "海淀街道志愿者路口劝导文明出行",
                "<p>11月26日，海淀街道组织志愿者在路口开展文明交通劝导。共劝导不文明行为35起。</p>");

        List<RevisionView> revisions = editorial.revisions(fixture.editor(), a.getId());
        assertEquals(List.of(1, 2), revisions.stream().map(RevisionView::number).toList());
        assertEquals("海淀街道组织文明交通劝导", revisions.get(0).title());
        assertTrue(revisions.get(0).bodyText().contains("30余起"));
        assertEquals("海淀街道志愿者路口劝导文明出行", revisions.get(1).title());
        assertTrue(revisions.get(1).bodyText().contains("35起"));
        assertEquals("王编辑", revisions.get(1).actorName());
        assertTrue(revisions.get(1).changed() > 0, "the second version is compared with the first");
        assertEquals("海淀街道志愿者路口劝导文明出行", fixture.reload(a).getTitle());
        assertEquals(List.of(AuditAction.EDITED), trail(a.getId()));

        editorial.edit(
                fixture.editor2(),
                a.getId(),
                edited.version(),
                "海淀街道志愿者路口劝导文明出行",
                "<p>11月26日，海淀街道组织志愿者在路口开展文明交通劝导。</p><p>共劝导不文明行为35起。</p><p>活动将每周开展。</p>");
        assertEquals(
                List.of(1, 2, 3),
                editorial.revisions(fixture.editor(), a.getId()).stream()
                        .map(RevisionView::number)
                        .toList());
        assertEquals(
                "李编辑", editorial.revisions(fixture.editor(), a.getId()).get(2).actorName());
    }

    @Test
    void anEditThatChangesNothingIsRefused() throws Exception {
        Item a = fixture.submitted("海淀街道", "海淀街道开展敬老助老志愿服务");
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> editorial.edit(
                        fixture.editor(),
                        a.getId(),
                        a.getVersion(),
                        a.getTitle(),
                        a.getBody().getHtml()));
        assertEquals("标题和正文都没有修改", e.getMessage());
        assertTrue(editorial.revisions(fixture.editor(), a.getId()).isEmpty());
    }

    @Test
    void theSecondEditorActingOnTheSameVersionIsRefusedAndTheFirstChangeIsKept() throws Exception {
        Item a = fixture.submitted("学院路街道", "学院路街道开展楼门文明创建评比");
        long seen = a.getVersion();
        editorial.accept(fixture.editor(), a.getId(), seen);

        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class, () -> editorial.reject(fixture.editor2(), a.getId(), seen, "不符合报送要求"));
        assertEquals("该信息已被其他编辑处理，请刷新后重试", e.getMessage());
        assertEquals(ItemStatus.ACCEPTED, fixture.reload(a).getStatus());
        assertEquals(List.of(AuditAction.ACCEPTED), trail(a.getId()));
    }

    @Test
    void twoEditorsActingAtTheSameMomentLoseNoUpdate() throws Exception {
        Item a = fixture.submitted("学院路街道", "学院路街道开展文明养犬宣传");
        long seen = a.getVersion();
        Actor first = fixture.editor();
        Actor second = fixture.editor2();
        // The first editor's change is written but not yet committed when the second one acts.
        tx.begin();
        editorial.accept(first, a.getId(), seen);
        CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
            try {
                editorial.reject(second, a.getId(), seen, "不符合报送要求");
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        // Commit only once the second editor's transaction waits on the first one's row lock: the
        // moment the test is about, reached by state rather than by a pause.
        Await.until("the second editor waits on the first editor's uncommitted change", Duration.ofSeconds(30), () -> {
            Number blocked = (Number) em.createNativeQuery(
                            "select count(*) from information_schema.sessions where blocker_id is not null")
                    .getSingleResult();
            return blocked.intValue() > 0 || other.isDone();
        });
        assertFalse(other.isDone(), "the second editor acted before the first committed");
        tx.commit();
        Throwable refused = other.get(30, TimeUnit.SECONDS);
        assertNotNull(refused, "the second editor must be refused");
        assertTrue(refused instanceof BusinessRuleViolation, refused.toString());
        assertEquals("该信息已被其他编辑处理，请刷新后重试", refused.getMessage());
        assertEquals(ItemStatus.ACCEPTED, fixture.reload(a).getStatus());
        assertEquals(List.of(AuditAction.ACCEPTED), trail(a.getId()));
    }

    @Test
    void combiningTwoUnitsReportsOfOneEventCreditsBothAndMarksTheSources() throws Exception {
        Item haidian = fixture.submitted(
                "海淀街道",
                "海淀街道参与全区“文明出行”集中宣传日活动",
                "11月28日，全区“文明出行”集中宣传日活动在中关村举行。海淀街道组织志愿者50名参加。",
                false,
                MustReportKind.MAJOR_EVENT,
                Instant.now());
        Item chengguan = fixture.submitted(
                "区城管委",
                "区城管委开展“文明出行”集中宣传日街面整治",
                "11月28日，区城管委配合全区“文明出行”集中宣传日活动，清理共享单车乱停放800余辆。",
                false,
                null,
                Instant.now());
        Map<Long, Long> seen = new LinkedHashMap<>();
        seen.put(haidian.getId(), haidian.getVersion());
        seen.put(chengguan.getId(), chengguan.getVersion());

        Item combined = items.find(editorial.combine(
                        fixture.editor(),
                        seen,
                        "我区举办“文明出行”集中宣传日活动",
                        "<p>11月28日，全区“文明出行”集中宣传日活动在中关村举行。</p><p>海淀街道组织志愿者50名参加，区城管委清理共享单车乱停放800余辆。</p>"))
                .orElseThrow();

        Item stored = fixture.reload(combined);
        assertTrue(stored.isCombined());
        assertEquals(ItemStatus.ACCEPTED, stored.getStatus());
        assertEquals(UnitKind.OFFICE, stored.getUnit().getKind());
        assertEquals(MustReportKind.MAJOR_EVENT, stored.getMustReport());
        assertEquals(
                List.of(haidian.getId(), chengguan.getId()),
                stored.getSources().stream().map(s -> s.getItemId()).toList());
        assertEquals(
                List.of(
                        fixture.unitNamed("海淀街道").getId(),
                        fixture.unitNamed("区城管委").getId()),
                stored.getSources().stream().map(s -> s.getUnitId()).toList());
        for (Item source : List.of(haidian, chengguan)) {
            Item s = fixture.reload(source);
            assertEquals(ItemStatus.ACCEPTED, s.getStatus());
            assertEquals(combined.getId(), s.getCombinedInto().getId());
            assertEquals(List.of(AuditAction.USED_IN_COMBINATION), trail(s.getId()));
        }
        List<TrailEntry> combinedTrail = editorial.auditTrail(fixture.editor(), combined.getId());
        assertEquals(
                List.of(AuditAction.COMBINED),
                combinedTrail.stream().map(TrailEntry::action).toList());
        assertTrue(
                combinedTrail.get(0).detail().contains("海淀街道")
                        && combinedTrail.get(0).detail().contains("区城管委"),
                combinedTrail.get(0).detail());

        BusinessRuleViolation again = assertThrows(
                BusinessRuleViolation.class,
                () -> editorial.combine(
                        fixture.editor(),
                        Map.of(
                                haidian.getId(),
                                fixture.reload(haidian).getVersion(),
                                chengguan.getId(),
                                fixture.reload(chengguan).getVersion()),
                        "再次综合",
                        "再次综合的正文。"));
        assertTrue(again.getMessage().contains("已被综合"), again.getMessage());
    }

    @Test
    void markingADuplicateRejectsItWithTheOriginalNamed() throws Exception {
        Item original = fixture.submitted("海淀街道", "海淀街道开展文明楼院创建");
        Item copy = fixture.submitted("海淀街道", "海淀街道文明楼院创建工作");
        editorial.markDuplicate(fixture.editor(), copy.getId(), copy.getVersion(), original.getId());
        Item stored = fixture.reload(copy);
        assertEquals(ItemStatus.REJECTED, stored.getStatus());
        assertEquals(original.getId(), stored.getDuplicateOf().getId());
        TrailEntry e = editorial.auditTrail(fixture.editor(), copy.getId()).get(0);
        assertEquals(AuditAction.MARKED_DUPLICATE, e.action());
        assertTrue(e.detail().contains("海淀街道开展文明楼院创建"), e.detail());
    }

    @Test
    void anOfficerCannotActAsAnEditor() throws Exception {
        Item a = fixture.submitted("海淀街道", "海淀街道开展垃圾分类桶前值守");
        Actor officer = accountService.actor("haidian").orElseThrow();
        assertThrows(AccessDenied.class, () -> editorial.accept(officer, a.getId(), a.getVersion()));
        assertThrows(AccessDenied.class, () -> editorial.auditTrail(officer, a.getId()));
        assertThrows(AccessDenied.class, () -> inbox.page(officer, InboxFilter.waiting(), 0, 20));
        assertEquals(ItemStatus.SUBMITTED, fixture.reload(a).getStatus());
    }
}
