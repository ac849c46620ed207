package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.application.rhythm.OfficeDirectory;
import org.briefdesk.application.solicitation.SolicitationReminders;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.SolicitationForm;
import org.briefdesk.application.solicitation.SolicitationService.Tracking;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.solicitation.AnswerStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.mail.Mailer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Solicitations (约稿) in the container: who sees them, how answers are tracked, deadline reminders. */
@ExtendWith(ArquillianExtension.class)
class SolicitationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SolicitationIT.class);
    }

    @Inject
    OfficeDirectory directory;

    @Inject
    SolicitationService solicitations;

    @Inject
    SolicitationReminders reminders;

    @Inject
    NoticeService notices;

    @Inject
    AccountService accountService;

    @Inject
    UnitRepository units;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private Actor actor(String login) {
        return accountService.actor(login).orElseThrow();
    }

    private Unit unit(String shortName) {
        return units.all().stream()
                .filter(u -> u.getShortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    /** A topic no other test uses, so notices and lists can be matched by it. */
    private static String topic(String subject) {
        return subject + "（" + System.nanoTime() % 1_000_000 + "）";
    }

    private static LocalDateTime beijingIn(long minutes) {
        return LocalDateTime.now(DistrictTime.ZONE).plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
    }

    private Tracking issue(String topic, LocalDateTime deadline, String... unitShortNames) {
        List<Long> ids = Arrays.stream(unitShortNames).map(n -> unit(n).getId()).toList();
        return solicitations.issue(
                actor("editor"), new SolicitationForm(topic, "请报送本单位相关工作的做法和成效，800字以内，附现场照片。", deadline, ids));
    }

    /** An item of the unit answering the solicitation, submitted at {@code submittedAt} (null: left a draft). */
    private long answer(long solicitationId, String unitShortName, String title, Instant submittedAt) throws Exception {
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unit(unitShortName).getId()),
                null,
                new ItemContent(title, "<p>" + title + "，群众反响良好。</p>", null, null, false, null),
                Instant.now());
        item.answer(solicitationId);
        if (submittedAt != null) {
            item.submit(submittedAt);
        }
        em.persist(item);
        tx.commit();
        return item.getId();
    }

    /** Deadlines cannot be issued in the past; the test moves one there as time would. */
    private void moveDeadline(long solicitationId, Instant deadline) throws Exception {
        tx.begin();
        em.createNativeQuery("update solicitation set deadline = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(deadline))
                .setParameter(2, solicitationId)
                .executeUpdate();
        tx.commit();
        em.clear();
    }

    private long noticesOf(String unitShortName, String text) {
        return em.createQuery("select count(n) from Notice n where n.unitId = :u and n.text like :t", Long.class)
                .setParameter("u", unit(unitShortName).getId())
                .setParameter("t", "%" + text + "%")
                .getSingleResult();
    }

    @Test
    void anOfficerOfATargetUnitSeesTheSolicitationAndAnOfficerOfAnotherUnitDoesNot() {
        String topic = topic("文明养犬宣传");
        Tracking t = issue(topic, beijingIn(3 * 24 * 60), "海淀街道");

        var seen = solicitations.openForMyUnit(actor("haidian"));
        assertTrue(seen.stream().anyMatch(s -> s.id() == t.id() && s.status() == AnswerStatus.NOT_YET), "海淀街道 sees it");
        assertFalse(
                solicitations.openForMyUnit(actor("xueyuanlu")).stream().anyMatch(s -> s.id() == t.id()),
                "学院路街道 does not");
        assertDoesNotThrow(() -> solicitations.requireAnswerable(actor("haidian"), t.id()));
        assertThrows(AccessDenied.class, () -> solicitations.requireAnswerable(actor("xueyuanlu"), t.id()));

        List<NoticeView> haidianNotices = notices.unread(actor("haidian"), 50);
        assertTrue(
                haidianNotices.stream().anyMatch(n -> n.text().startsWith("新约稿：《" + topic + "》，请于")),
                "the target unit is told at once");
        assertFalse(notices.unread(actor("xueyuanlu"), 50).stream()
                .anyMatch(n -> n.text().contains(topic)));
    }

    @Test
    void onlyEditorsIssueAndFollowSolicitations() {
        Actor officer = actor("haidian");
        assertThrows(
                AccessDenied.class,
                () -> solicitations.issue(
                        officer, new SolicitationForm("文明交通", "请报送。", beijingIn(600), List.of(officer.unitId()))));
        assertThrows(AccessDenied.class, () -> solicitations.tracking(officer));
        assertThrows(AccessDenied.class, () -> solicitations.openForMyUnit(actor("editor")));
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() {
        int before = solicitations.tracking(actor("editor")).size();
        assertEquals(
                "截止时间必须晚于当前时间",
                assertThrows(BusinessRuleViolation.class, () -> issue("文明交通劝导", beijingIn(-5), "海淀街道"))
                        .getMessage());
        assertEquals(
                "请至少选择一个报送单位",
                assertThrows(BusinessRuleViolation.class, () -> issue("文明交通劝导", beijingIn(600)))
                        .getMessage());
        assertTrue(assertThrows(BusinessRuleViolation.class, () -> issue("文明交通劝导", beijingIn(600), "区创建办"))
                .getMessage()
                .contains("不是报送单位"));
        assertEquals(
                "约稿主题不能包含HTML标记",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> issue("<script>alert(1)</script>", beijingIn(600), "海淀街道"))
                        .getMessage());
        assertEquals(
                "所选单位不存在，请刷新页面后重选",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> solicitations.issue(
                                        actor("editor"),
                                        new SolicitationForm("文明交通", "请报送。", beijingIn(600), List.of(987654321L))))
                        .getMessage());
        assertEquals(before, solicitations.tracking(actor("editor")).size());
    }

    @Test
    void beforeTheDeadlineAUnitHasAnsweredOrNotYetAndADraftDoesNotCount() throws Exception {
        Tracking t = issue(topic("社区志愿服务"), beijingIn(2 * 60), "海淀街道", "学院路街道");
        long answered = answer(t.id(), "海淀街道", "海淀街道志愿者开展社区清洁", Instant.now());
        answer(t.id(), "学院路街道", "学院路街道志愿服务草稿", null);

        Tracking now = solicitations.tracking(actor("editor"), t.id());
        assertEquals(AnswerStatus.ANSWERED, now.unit(unit("海淀街道").getId()).status());
        assertEquals(answered, now.unit(unit("海淀街道").getId()).answers().get(0).itemId());
        assertEquals(AnswerStatus.NOT_YET, now.unit(unit("学院路街道").getId()).status());
        assertTrue(now.unit(unit("学院路街道").getId()).answers().isEmpty(), "a draft is still with the unit");
        assertEquals(
                AnswerStatus.ANSWERED,
                solicitations.openForMyUnit(actor("haidian")).stream()
                        .filter(s -> s.id() == t.id())
                        .findFirst()
                        .orElseThrow()
                        .status(),
                "the officer sees it answered");
    }

    @Test
    void afterTheDeadlineAnswersAreOnTimeLateOrMissed() throws Exception {
        Tracking t = issue(topic("背街小巷整治"), beijingIn(60), "海淀街道", "学院路街道", "清河街道");
        Instant deadline = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        moveDeadline(t.id(), deadline);
        answer(t.id(), "海淀街道", "海淀街道背街小巷整治见成效", deadline);
        answer(t.id(), "学院路街道", "学院路街道整治背街小巷", deadline.plusSeconds(1));

        Tracking after = solicitations.tracking(actor("editor"), t.id());
        assertEquals(AnswerStatus.ANSWERED, after.unit(unit("海淀街道").getId()).status(), "at the deadline is on time");
        assertEquals(AnswerStatus.LATE, after.unit(unit("学院路街道").getId()).status());
        assertEquals(AnswerStatus.MISSED, after.unit(unit("清河街道").getId()).status());
        assertEquals(1, after.count(AnswerStatus.LATE));
        assertEquals("已逾期未报", after.unit(unit("清河街道").getId()).status().getLabel());
    }

    @Test
    void unitsThatHaveNotAnsweredAreRemindedOnceWithinADayOfTheDeadline() throws Exception {
        String topic = topic("垃圾分类宣传周");
        Tracking due = issue(topic, beijingIn(3 * 60), "海淀街道", "学院路街道");
        answer(due.id(), "海淀街道", "海淀街道垃圾分类宣传周活动", Instant.now());
        String laterTopic = topic("冬季供暖服务");
        Tracking later = issue(laterTopic, beijingIn(3 * 24 * 60), "学院路街道");

        assertTrue(reminders.sendDueReminders() >= 1);
        reminders.sendDueReminders();

        assertEquals(1, noticesOf("学院路街道", "约稿《" + topic + "》将于"), "one reminder, though the timer ran twice");
        assertEquals(0, noticesOf("海淀街道", "约稿《" + topic + "》将于"), "none for the unit that answered");
        assertEquals(0, noticesOf("学院路街道", "约稿《" + laterTopic + "》将于"), "not yet for a deadline in three days");
        Tracking tracked = solicitations.tracking(actor("editor"), due.id());
        assertNotNull(tracked.unit(unit("学院路街道").getId()).remindedAt());
        assertNull(tracked.unit(unit("海淀街道").getId()).remindedAt());
        assertNull(solicitations
                .tracking(actor("editor"), later.id())
                .unit(unit("学院路街道").getId())
                .remindedAt());
    }

    @Test
    void aClosedSolicitationLeavesTheOfficersHomePage() {
        Tracking t = issue(topic("文明餐桌"), beijingIn(24 * 60), "海淀街道");
        solicitations.close(actor("editor"), t.id());
        assertFalse(solicitations.openForMyUnit(actor("haidian")).stream().anyMatch(s -> s.id() == t.id()));
        assertTrue(solicitations.tracking(actor("editor"), t.id()).closed());
        assertEquals(
                "该约稿已结束",
                assertThrows(BusinessRuleViolation.class, () -> solicitations.close(actor("editor"), t.id()))
                        .getMessage());
        assertThrows(BusinessRuleViolation.class, () -> solicitations.requireAnswerable(actor("haidian"), t.id()));
    }

    @Test
    void anOfficerDismissesOwnUnitsNoticeButNotAnotherUnits() {
        String topic = topic("文明旅游");
        issue(topic, beijingIn(24 * 60), "海淀街道");
        NoticeView n = notices.unread(actor("haidian"), 50).stream()
                .filter(x -> x.text().contains(topic))
                .findFirst()
                .orElseThrow();
        assertThrows(AccessDenied.class, () -> notices.markRead(actor("xueyuanlu"), n.id()));
        notices.markRead(actor("haidian"), n.id());
        assertFalse(notices.unread(actor("haidian"), 50).stream().anyMatch(x -> x.id() == n.id()));
    }

    @Test
    void reminderMailGoesOnlyToOfficersWithAnAddressAndOnlyWhenMailIsEnabled() throws Exception {
        Unit qinghe = unit("清河街道");
        String login = "qinghe" + System.nanoTime() % 100_000;
        tx.begin();
        Account withMail = new Account(login, "清河信息员", "qinghe2026", Role.OFFICER, em.find(Unit.class, qinghe.getId()));
        withMail.changeEmail("qinghe.xinxi@hd.example.cn");
        em.persist(withMail);
        em.persist(new Account(login + "b", "清河信息员乙", "qinghe2026", Role.OFFICER, em.find(Unit.class, qinghe.getId())));
        tx.commit();

        List<OfficeDirectory.Person> mailable = directory.mailableOfficers(List.of(qinghe.getId()));
        assertEquals(
                List.of(withMail.getId()),
                mailable.stream().map(OfficeDirectory.Person::accountId).toList());
        assertEquals("qinghe.xinxi@hd.example.cn", mailable.get(0).email(), "the address is stored (V5)");
        assertFalse(Mailer.enabled(), "mail is off unless BRIEFDESK_MAIL_HOST names a relay");
    }
}
