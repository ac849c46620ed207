package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.notice.NoticeDigest;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre (消息提醒): the events that already happen tell the people they concern,
 * each reader has their own unread count, and mail follows each person's choices (against GreenMail,
 * as an operator configures a relay).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String FROM = "chuangjianban@hd.example.cn";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(NotificationIT.class);
    }

    @Inject
    NoticeService notices;

    @Inject
    NoticeDigest digest;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    InstructionService instructions;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private static int made;

    @Test
    void aReturnedItemTellsEveryOfficerOfTheUnitWithTheReasonAndEachReadsItForThemselves() throws Exception {
        Unit unit = unit("北下关街道");
        Actor li = officer(unit, "李信息员", null);
        Actor zhou = officer(unit, "周信息员", null);
        Item item = submitted(li, "北下关街道开展楼门文化建设");

        editorial.returnToUnit(editor(), item.getId(), item.getVersion(), "请补充参与居民人数和具体时间");

        NoticeView n = notices.unread(li, 10).get(0);
        assertEquals(NoticeKind.ITEM_RETURNED.getLabel(), n.kind());
        assertEquals("本单位信息“北下关街道开展楼门文化建设”被退回修改，原因：请补充参与居民人数和具体时间", n.text());
        assertEquals("/item.xhtml?id=" + item.getId(), n.link());
        assertEquals(1, notices.unreadCount(li));
        assertEquals(1, notices.unreadCount(zhou));

        notices.markRead(li, n.id());

        assertEquals(0, notices.unreadCount(li));
        assertEquals(1, notices.unreadCount(zhou), "周 has not read it yet");
        assertTrue(notices.recent(li, false, 10).get(0).read());
        assertTrue(notices.recent(li, true, 10).isEmpty());
        Actor other = officer(unit("花园路街道"), "花园路信息员", null);
        assertThrows(org.briefdesk.domain.shared.AccessDenied.class, () -> notices.markRead(other, n.id()));
        assertEquals(0, notices.unreadCount(other));
        assertEquals(1, notices.markAllRead(zhou));
        assertEquals(0, notices.unreadCount(zhou));
    }

    @Test
    void everyDecisionOnAnItemAndItsPrintingTellTheUnitAndTheLeaderHearsOfTheNewIssue() throws Exception {
        Unit unit = unit("甘家口街道");
        Actor officer = officer(unit, "甘家口信息员", null);
        Item rejected = submitted(officer, "甘家口街道召开周例会");
        Item accepted = submitted(officer, "甘家口街道建成文明实践站");
        editorial.reject(editor(), rejected.getId(), rejected.getVersion(), "属于一般性会议信息");
        accepted = editorial.accept(editor(), accepted.getId(), accepted.getVersion());
        accepted = editorial.tag(
                editor(),
                accepted.getId(),
                accepted.getVersion(),
                List.of(columns.findByName("工作动态").orElseThrow().getId()));
        instructions.record(
                editor(), accepted.getId(), LeaderLevel.DISTRICT, "张区长", LocalDate.now(), "经验做法很好，请总结推广。", null);
        Actor leader = accounts.actor("leader").orElseThrow();
        long leaderUnreadBefore = notices.unreadCount(leader);
        IssueView issue = published(accepted.getId(), leader.accountId());

        List<String> kinds = kinds(officer);
        assertTrue(
                kinds.containsAll(List.of(
                        NoticeKind.ITEM_REJECTED.getLabel(),
                        NoticeKind.ITEM_ACCEPTED.getLabel(),
                        NoticeKind.ITEM_INSTRUCTED.getLabel(),
                        NoticeKind.ITEM_PRINTED.getLabel())),
                kinds.toString());
        assertTrue(
                texts(officer).contains("本单位信息“甘家口街道召开周例会”未予采用，原因：属于一般性会议信息"),
                texts(officer).toString());
        assertTrue(
                texts(officer).stream()
                        .anyMatch(t -> t.startsWith(
                                "本单位信息“甘家口街道建成文明实践站”刊用于《" + issue.briefingName() + "》" + issue.year() + "年")),
                texts(officer).toString());
        // Scheduled jobs may notify the leader meanwhile: the count grows, and the issue's notice is there.
        assertTrue(notices.unreadCount(leader) > leaderUnreadBefore);
        NoticeView forLeader = notices.unread(leader, 50).stream()
                .filter(n -> ("/briefing/issue.xhtml?id=" + issue.id()).equals(n.link()))
                .findFirst()
                .orElseThrow();
        assertEquals(NoticeKind.ISSUE_FOR_LEADER.getLabel(), forLeader.kind());
    }

    @Test
    void editorsHearOfAnUrgentItemAndOfAnAnswerToTheirSolicitation() throws Exception {
        Actor officer = officer(unit("清河街道"), "清河信息员", null);
        Actor editor = editor();
        long before = notices.unreadCount(editor);

        Item urgent = officerItems.createDraft(
                officer,
                new ItemContent("清河街道一居民楼突发火情", "<p>今日上午，清河街道一居民楼发生火情，无人员伤亡。</p>", null, null, true, null),
                null);
        officerItems.submit(officer, urgent.getId(), urgent.getVersion());

        assertTrue(notices.unreadCount(editor) > before);
        NoticeView n = notices.unread(editor, 50).stream()
                .filter(x -> ("/editor/item.xhtml?id=" + urgent.getId()).equals(x.link()))
                .findFirst()
                .orElseThrow();
        assertEquals(NoticeKind.URGENT_ITEM.getLabel(), n.kind());
        assertTrue(n.text().startsWith("清河街道"), n.text());
    }

    @Test
    void mailFollowsEachPersonsChoiceOfKindsAndTheDailyDigestListsWhatIsStillUnread() throws Exception {
        Unit unit = unit("万柳地区");
        String keepsDefaults = address("wan");
        String turnedOff = address("liu");
        Actor wan = officer(unit, "万信息员", keepsDefaults);
        Actor liu = officer(unit, "柳信息员", turnedOff);
        notices.choose(liu, List.of(NoticeKind.ITEM_ACCEPTED), true);

        GreenMail smtp = startMailServer();
        try {
            configureMail(smtp.getSmtp().getPort());
            Item returned = submitted(wan, "万柳地区开展垃圾分类入户宣传");
            editorial.returnToUnit(editor(), returned.getId(), returned.getVersion(), "请补充入户户数");
            Item accepted = submitted(wan, "万柳地区建成垃圾分类示范小区");
            editorial.accept(editor(), accepted.getId(), accepted.getVersion());
            assertTrue(smtp.waitForIncomingEmail(10_000, 2));

            List<MimeMessage> toWan = to(smtp, keepsDefaults);
            assertEquals(1, toWan.size(), "退回 is mailed by default, 采用待编 is not");
            assertEquals("【简报台】信息被退回修改：“万柳地区开展垃圾分类入户宣传”", toWan.get(0).getSubject());
            assertEquals(
                    "万信息员：\n\n本单位信息“万柳地区开展垃圾分类入户宣传”被退回修改，原因：请补充入户户数。\n\n" + "请登录简报台，在“本单位信息”页面修改后重新报送。\n",
                    body(toWan.get(0)).replace("\r\n", "\n"));
            List<MimeMessage> toLiu = to(smtp, turnedOff);
            assertEquals(1, toLiu.size(), "柳 chose 采用待编 only");
            assertEquals("【简报台】信息已采用待编：“万柳地区建成垃圾分类示范小区”", toLiu.get(0).getSubject());

            assertTrue(digest.sendDigests() >= 1);
            assertTrue(smtp.waitForIncomingEmail(10_000, 3));
            List<MimeMessage> digests = to(smtp, turnedOff);
            assertEquals(2, digests.size());
            String listed = body(digests.get(1));
            assertTrue(
                    digests.get(1).getSubject().startsWith("【简报台】每日提醒汇总"),
                    digests.get(1).getSubject());
            assertTrue(listed.contains("【信息被退回修改】本单位信息“万柳地区开展垃圾分类入户宣传”被退回修改"), listed);
            assertTrue(listed.contains("【信息已采用待编】"), listed);
            assertTrue(to(smtp, keepsDefaults).size() == 1, "万 did not ask for a digest");

            digest.sendDigests();
            assertEquals(2, to(smtp, turnedOff).size(), "nothing new since the last digest");
        } finally {
            clearMailSettings();
            smtp.stop();
        }
    }

    // ---- helpers

    private IssueView published(long itemId, long leaderId) {
        Actor admin = accounts.actor("admin").orElseThrow();
        BriefingTitle title = briefings.saveTitle(
                admin,
                null,
                "提醒测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        IssueView issue = briefings.create(editor(), title.getId(), IssueKind.SUPPLEMENT, LocalDate.now());
        issue = assembly.add(editor(), issue.id(), issue.version(), List.of(itemId));
        issue = briefings.describe(
                editor(),
                issue.id(),
                issue.version(),
                new IssueHeader(issue.issueDate(), null, issue.distribution(), null, false, List.of(leaderId)));
        return publication.publish(editor(), issue.id(), issue.version());
    }

    private List<String> kinds(Actor actor) {
        return notices.recent(actor, false, 50).stream().map(NoticeView::kind).toList();
    }

    private List<String> texts(Actor actor) {
        return notices.recent(actor, false, 50).stream().map(NoticeView::text).toList();
    }

    private Item submitted(Actor officer, String title) {
        Item draft = officerItems.createDraft(
                officer,
                new ItemContent(title, "<p>" + title + "，居民群众踊跃参与，取得良好效果。</p>", null, null, false, null),
                null);
        return officerItems.submit(officer, draft.getId(), draft.getVersion());
    }

    private Actor editor() {
        return accounts.actor("editor").orElseThrow();
    }

    private Unit unit(String shortName) throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        tx.begin();
        Unit unit = new Unit(shortName + suffix, shortName + suffix, UnitKind.STREET_TOWN, true);
        em.persist(unit);
        tx.commit();
        return unit;
    }

    private Actor officer(Unit unit, String name, String email) throws Exception {
        tx.begin();
        Account a = new Account(
                "notice" + System.nanoTime() % 1_000_000 + "x" + made++,
                name,
                DemoData.PASSWORD,
                Role.OFFICER,
                em.find(Unit.class, unit.getId()));
        if (email != null) {
            a.changeEmail(email);
        }
        em.persist(a);
        tx.commit();
        return Actor.of(a);
    }

    private static GreenMail startMailServer() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    private static void configureMail(int port) {
        System.setProperty("briefdesk.mail.host", "127.0.0.1");
        System.setProperty("briefdesk.mail.port", String.valueOf(port));
        System.setProperty("briefdesk.mail.from", FROM);
    }

    private static void clearMailSettings() {
        System.clearProperty("briefdesk.mail.host");
        System.clearProperty("briefdesk.mail.port");
        System.clearProperty("briefdesk.mail.from");
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws MessagingException {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }

    private static String body(MimeMessage m) throws MessagingException, IOException {
        try (InputStream in = m.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String address(String local) {
        return local + System.nanoTime() % 1_000_000 + "@hd.example.cn";
    }
}
