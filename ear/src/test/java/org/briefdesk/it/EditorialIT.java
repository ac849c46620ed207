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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
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
import org.briefdesk.application.editorial.InboxQuery.InboxRow;
import org.briefdesk.application.editorial.RevisionView;
import org.briefdesk.application.editorial.TrailEntry;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.unit.UnitChoice;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editors' desk in the container: screening, tagging, editing, combining, the inbox and concurrency. */
@ExtendWith(ArquillianExtension.class)
class EditorialIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(EditorialIT.class);
    }

    @Inject
    EditorialService editorial;

    @Inject
    InboxQuery inbox;

    @Inject
    AccountService accountService;

    @Inject
    UnitRepository units;

    @Inject
    UnitService unitService;

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    SimilarLinkRepository links;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private Actor editor() {
        return accountService.actor("editor").orElseThrow();
    }

    private Actor editor2() {
        return accountService.actor("editor2").orElseThrow();
    }

    private Unit unitNamed(String shortName) {
        return units.all().stream()
                .filter(u -> shortName.equals(u.getShortName()))
                .findFirst()
                .orElseThrow();
    }

    /** A submitted item of the unit, stored in its own transaction; returns it as committed. */
    private Item submitted(String unit, String title, String body, boolean urgent, MustReportKind kind, Instant at)
            throws Exception {
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unitNamed(unit).getId()),
                null,
                new ItemContent(title, body, LocalDate.of(2026, 11, 27), kind, urgent, null),
                at);
        item.submit(at);
        items.store(item);
        tx.commit();
        return items.find(item.getId()).orElseThrow();
    }

    private Item submitted(String unit, String title) throws Exception {
        return submitted(unit, title, "11月27日，" + unit + "组织志愿者开展文明引导活动。共服务群众200余人次。", false, null, Instant.now());
    }

    private List<AuditAction> trail(long itemId) {
        return editorial.auditTrail(editor(), itemId).stream()
                .map(TrailEntry::action)
                .toList();
    }

    private Item reload(Item item) {
        return items.find(item.getId()).orElseThrow();
    }

    @Test
    void acceptingTaggingReturningAndRejectingAreEachInTheAuditTrail() throws Exception {
        Item a = submitted("海淀街道", "海淀街道开展“文明餐桌”主题宣传");
        BriefingColumn updates = columns.findByName("工作动态").orElseThrow();
        BriefingColumn cases = columns.findByName("典型案例").orElseThrow();

        ItemView tagged = editorial.tag(editor(), a.getId(), a.getVersion(), List.of(updates.getId(), cases.getId()));
        ItemView accepted = editorial.accept(editor(), a.getId(), tagged.version());
        assertEquals(ItemStatus.ACCEPTED, reload(a).getStatus());
        assertEquals(
                Set.of("工作动态", "典型案例"),
                reload(a).getColumns().stream().map(BriefingColumn::getName).collect(Collectors.toSet()));
        assertEquals(List.of(AuditAction.TAGGED, AuditAction.ACCEPTED), trail(a.getId()));
        TrailEntry tagEvent = editorial.auditTrail(editor(), a.getId()).get(0);
        assertEquals("王编辑", tagEvent.actorName());
        assertTrue(tagEvent.detail().contains("工作动态") && tagEvent.detail().contains("典型案例"), tagEvent.detail());
        assertNotNull(tagEvent.at());

        editorial.reject(editor2(), a.getId(), accepted.version(), "内容与上周报送的信息重复");
        assertEquals(ItemStatus.REJECTED, reload(a).getStatus());
        assertEquals("内容与上周报送的信息重复", reload(a).getStatusReason());
        assertEquals(AuditAction.REJECTED, trail(a.getId()).get(2));

        Item b = submitted("学院路街道", "学院路街道召开垃圾分类推进会");
        editorial.returnToUnit(editor(), b.getId(), b.getVersion(), "请补充具体数据和成效");
        assertEquals(ItemStatus.RETURNED, reload(b).getStatus());
        TrailEntry returned = editorial.auditTrail(editor(), b.getId()).get(0);
        assertEquals(AuditAction.RETURNED, returned.action());
        assertEquals("请补充具体数据和成效", returned.detail());
    }

    @Test
    void theInboxUnitFilterOffersEveryReportingUnitInTheUnitListsOrderButNotTheOffice() {
        List<UnitChoice> expected = units.all().stream()
                .filter(u -> u.getKind() != UnitKind.OFFICE)
                .map(u -> new UnitChoice(u.getId(), u.getShortName()))
                .toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, unitService.reporting());
    }

    @Test
    void aReasonIsRequiredToReturnOrReject() throws Exception {
        Item a = submitted("海淀街道", "海淀街道开展冬季消防安全检查");
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class, () -> editorial.returnToUnit(editor(), a.getId(), a.getVersion(), "  "));
        assertTrue(e.getMessage().contains("退回原因"), e.getMessage());
        assertEquals(ItemStatus.SUBMITTED, reload(a).getStatus());
        assertTrue(trail(a.getId()).isEmpty(), "nothing is recorded for a refused action");
    }

    @Test
    void editingKeepsTheUnitsTextAsRevisionOneAndTheEditAsRevisionTwo() throws Exception {
        Item a = submitted(
                "海淀街道", "海淀街道组织文明交通劝导", "11月26日，海淀街道组织志愿者在路口开展文明交通劝导。共劝导不文明行为30余起。", false, null, Instant.now());
        ItemView edited = editorial.edit(
                editor(),
                a.getId(),
                a.getVersion(),
                "海淀街道志愿者路口劝导文明出行",
                "<p>11月26日，海淀街道组织志愿者在路口开展文明交通劝导。共劝导不文明行为35起。</p>");

        List<RevisionView> revisions = editorial.revisions(editor(), a.getId());
        assertEquals(List.of(1, 2), revisions.stream().map(RevisionView::number).toList());
        assertEquals("海淀街道组织文明交通劝导", revisions.get(0).title());
        assertTrue(revisions.get(0).bodyText().contains("30余起"));
        assertEquals("海淀街道志愿者路口劝导文明出行", revisions.get(1).title());
        assertTrue(revisions.get(1).bodyText().contains("35起"));
        assertEquals("王编辑", revisions.get(1).actorName());
        assertTrue(revisions.get(1).changed() > 0, "the second version is compared with the first");
        assertEquals("海淀街道志愿者路口劝导文明出行", reload(a).getTitle());
        assertEquals(List.of(AuditAction.EDITED), trail(a.getId()));

        editorial.edit(
                editor2(),
                a.getId(),
                edited.version(),
                "海淀街道志愿者路口劝导文明出行",
                "<p>11月26日，海淀街道组织志愿者在路口开展文明交通劝导。</p><p>共劝导不文明行为35起。</p><p>活动将每周开展。</p>");
        assertEquals(
                List.of(1, 2, 3),
                editorial.revisions(editor(), a.getId()).stream()
                        .map(RevisionView::number)
                        .toList());
        assertEquals("李编辑", editorial.revisions(editor(), a.getId()).get(2).actorName());
    }

    @Test
    void anEditThatChangesNothingIsRefused() throws Exception {
        Item a = submitted("海淀街道", "海淀街道开展敬老助老志愿服务");
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> editorial.edit(
                        editor(),
                        a.getId(),
                        a.getVersion(),
                        a.getTitle(),
                        a.getBody().getHtml()));
        assertEquals("标题和正文都没有修改", e.getMessage());
        assertTrue(editorial.revisions(editor(), a.getId()).isEmpty());
    }

    @Test
    void theSecondEditorActingOnTheSameVersionIsRefusedAndTheFirstChangeIsKept() throws Exception {
        Item a = submitted("学院路街道", "学院路街道开展楼门文明创建评比");
        long seen = a.getVersion();
        editorial.accept(editor(), a.getId(), seen);

        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class, () -> editorial.reject(editor2(), a.getId(), seen, "不符合报送要求"));
        assertEquals("该信息已被其他编辑处理，请刷新后重试", e.getMessage());
        assertEquals(ItemStatus.ACCEPTED, reload(a).getStatus());
        assertEquals(List.of(AuditAction.ACCEPTED), trail(a.getId()));
    }

    @Test
    void twoEditorsActingAtTheSameMomentLoseNoUpdate() throws Exception {
        Item a = submitted("学院路街道", "学院路街道开展文明养犬宣传");
        long seen = a.getVersion();
        Actor first = editor();
        Actor second = editor2();
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
        assertEquals(ItemStatus.ACCEPTED, reload(a).getStatus());
        assertEquals(List.of(AuditAction.ACCEPTED), trail(a.getId()));
    }

    @Test
    void combiningTwoUnitsReportsOfOneEventCreditsBothAndMarksTheSources() throws Exception {
        Item haidian = submitted(
                "海淀街道",
                "海淀街道参与全区“文明出行”集中宣传日活动",
                "11月28日，全区“文明出行”集中宣传日活动在中关村举行。海淀街道组织志愿者50名参加。",
                false,
                MustReportKind.MAJOR_EVENT,
                Instant.now());
        Item chengguan = submitted(
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
                        editor(),
                        seen,
                        "我区举办“文明出行”集中宣传日活动",
                        "<p>11月28日，全区“文明出行”集中宣传日活动在中关村举行。</p><p>海淀街道组织志愿者50名参加，区城管委清理共享单车乱停放800余辆。</p>"))
                .orElseThrow();

        Item stored = reload(combined);
        assertTrue(stored.isCombined());
        assertEquals(ItemStatus.ACCEPTED, stored.getStatus());
        assertEquals(UnitKind.OFFICE, stored.getUnit().getKind());
        assertEquals(MustReportKind.MAJOR_EVENT, stored.getMustReport());
        assertEquals(
                List.of(haidian.getId(), chengguan.getId()),
                stored.getSources().stream().map(s -> s.getItemId()).toList());
        assertEquals(
                List.of(unitNamed("海淀街道").getId(), unitNamed("区城管委").getId()),
                stored.getSources().stream().map(s -> s.getUnitId()).toList());
        for (Item source : List.of(haidian, chengguan)) {
            Item s = reload(source);
            assertEquals(ItemStatus.ACCEPTED, s.getStatus());
            assertEquals(combined.getId(), s.getCombinedInto().getId());
            assertEquals(List.of(AuditAction.USED_IN_COMBINATION), trail(s.getId()));
        }
        List<TrailEntry> combinedTrail = editorial.auditTrail(editor(), combined.getId());
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
                        editor(),
                        Map.of(
                                haidian.getId(),
                                reload(haidian).getVersion(),
                                chengguan.getId(),
                                reload(chengguan).getVersion()),
                        "再次综合",
                        "再次综合的正文。"));
        assertTrue(again.getMessage().contains("已被综合"), again.getMessage());
    }

    @Test
    void markingADuplicateRejectsItWithTheOriginalNamed() throws Exception {
        Item original = submitted("海淀街道", "海淀街道开展文明楼院创建");
        Item copy = submitted("海淀街道", "海淀街道文明楼院创建工作");
        editorial.markDuplicate(editor(), copy.getId(), copy.getVersion(), original.getId());
        Item stored = reload(copy);
        assertEquals(ItemStatus.REJECTED, stored.getStatus());
        assertEquals(original.getId(), stored.getDuplicateOf().getId());
        TrailEntry e = editorial.auditTrail(editor(), copy.getId()).get(0);
        assertEquals(AuditAction.MARKED_DUPLICATE, e.action());
        assertTrue(e.detail().contains("海淀街道开展文明楼院创建"), e.detail());
    }

    @Test
    void anOfficerCannotActAsAnEditor() throws Exception {
        Item a = submitted("海淀街道", "海淀街道开展垃圾分类桶前值守");
        Actor officer = accountService.actor("haidian").orElseThrow();
        assertThrows(AccessDenied.class, () -> editorial.accept(officer, a.getId(), a.getVersion()));
        assertThrows(AccessDenied.class, () -> editorial.auditTrail(officer, a.getId()));
        assertThrows(AccessDenied.class, () -> inbox.page(officer, InboxFilter.waiting(), 0, 20));
        assertEquals(ItemStatus.SUBMITTED, reload(a).getStatus());
    }

    @Test
    void theInboxFiltersAndPutsUrgentItemsFirstThenTheOldest() throws Exception {
        String marker = "收件箱测试" + System.nanoTime() % 1_000_000;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Item oldest = submitted(
                "海淀街道",
                marker + "海淀街道早报信息",
                "正文一。",
                false,
                MustReportKind.PROGRESS_PROBLEMS,
                now.minus(3, ChronoUnit.HOURS));
        Item newer = submitted("区城管委", marker + "区城管委信息", "正文二。", false, null, now.minus(2, ChronoUnit.HOURS));
        Item urgent = submitted(
                "学院路街道", marker + "学院路街道突发事件", "正文三。", true, MustReportKind.EMERGENCY, now.minus(1, ChronoUnit.HOURS));
        InboxFilter all = new InboxFilter(
                EnumSet.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, marker, null, true);

        assertEquals(List.of(urgent.getId(), oldest.getId(), newer.getId()), ids(all));
        assertEquals(3, inbox.count(editor(), all));
        assertEquals(
                List.of(urgent.getId()),
                ids(new InboxFilter(null, null, null, null, true, null, null, marker, null, true)));
        assertEquals(
                List.of(newer.getId()),
                ids(new InboxFilter(null, UnitKind.DEPARTMENT, null, null, false, null, null, marker, null, true)));
        assertEquals(
                List.of(oldest.getId()),
                ids(new InboxFilter(
                        null, null, unitNamed("海淀街道").getId(), null, false, null, null, marker, null, true)));
        assertEquals(
                List.of(oldest.getId()),
                ids(new InboxFilter(
                        null, null, null, MustReportKind.PROGRESS_PROBLEMS, false, null, null, marker, null, true)));
        LocalDate tomorrow = LocalDate.now(DistrictTime.ZONE).plusDays(1);
        assertTrue(ids(new InboxFilter(null, null, null, null, false, tomorrow, null, marker, null, true))
                .isEmpty());
        assertEquals(
                List.of(urgent.getId(), newer.getId(), oldest.getId()),
                ids(all.sorted(InboxFilter.Sort.SUBMITTED_AT, false)),
                "sorted by submission, newest first");
        assertEquals(
                List.of(oldest.getId()),
                inbox.page(editor(), all, 1, 1).stream().map(r -> r.item().id()).toList(),
                "the second page of one row");

        editorial.accept(editor(), oldest.getId(), oldest.getVersion());
        assertEquals(List.of(urgent.getId(), newer.getId()), ids(all), "accepted items leave the waiting inbox");
    }

    @Test
    void inboxRowsShowTheirStrongestSimilarClassAndGroupReportsOfOneEvent() throws Exception {
        String marker = "事件组测试" + System.nanoTime() % 1_000_000;
        Item a = submitted("海淀街道", marker + "海淀街道报送");
        Item b = submitted("学院路街道", marker + "学院路街道报送");
        Item c = submitted("区城管委", marker + "区城管委报送");
        Item alone = submitted("海淀街道", marker + "无关信息");
        tx.begin();
        Instant now = Instant.now();
        links.replaceFrom(
                b.getId(), List.of(new SimilarLink(b.getId(), a.getId(), MatchClass.SAME_EVENT, 0.7, "同一活动", now)));
        links.replaceFrom(
                c.getId(), List.of(new SimilarLink(c.getId(), b.getId(), MatchClass.DUPLICATE, 0.95, "全文重复", now)));
        links.replaceFrom(
                alone.getId(), List.of(new SimilarLink(alone.getId(), a.getId(), MatchClass.RELATED, 0.3, null, now)));
        tx.commit();

        InboxFilter f = new InboxFilter(
                EnumSet.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, marker, null, true);
        Map<Long, InboxRow> rows = new LinkedHashMap<>();
        inbox.page(editor(), f, 0, 20).forEach(r -> rows.put(r.item().id(), r));
        assertEquals(MatchClass.SAME_EVENT, rows.get(a.getId()).similar());
        assertEquals(MatchClass.DUPLICATE, rows.get(b.getId()).similar());
        assertEquals(MatchClass.DUPLICATE, rows.get(c.getId()).similar());
        assertEquals(MatchClass.RELATED, rows.get(alone.getId()).similar());
        List<Long> group = List.of(a.getId(), b.getId(), c.getId());
        for (Item i : List.of(a, b, c)) {
            assertEquals(group, rows.get(i.getId()).group(), "one event group through SAME_EVENT and DUPLICATE links");
            assertTrue(rows.get(i.getId()).grouped());
        }
        assertFalse(rows.get(alone.getId()).grouped(), "a RELATED link does not make a group");
    }

    private List<Long> ids(InboxFilter filter) {
        return inbox.page(editor(), filter, 0, 50).stream()
                .map(r -> r.item().id())
                .toList();
    }
}
