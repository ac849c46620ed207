package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.notice.NoticeDigest;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.unit.Unit;
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

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(NotificationIT.class, DeskFixture.class);
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
    DeskFixture desk;

    @Test
    void aReturnedItemTellsEveryOfficerOfTheUnitWithTheReasonAndEachReadsItForThemselves() throws Exception {
        Unit unit = desk.newUnit("北下关街道");
        Actor li = desk.officer(unit, "李信息员", null);
        Actor zhou = desk.officer(unit, "周信息员", null);
        ItemView item = desk.submitted(li, "北下关街道开展楼门文化建设");

        editorial.returnToUnit(desk.editor(), item.id(), item.version(), "请补充参与居民人数和具体时间");

        NoticeView n = notices.unread(li, 10).get(0);
        assertEquals(NoticeKind.ITEM_RETURNED.getLabel(), n.kind());
        assertEquals("本单位信息“北下关街道开展楼门文化建设”被退回修改，原因：请补充参与居民人数和具体时间", n.text());
        assertEquals("/item.xhtml?id=" + item.id(), n.link());
        assertEquals(1, notices.unreadCount(li));
        assertEquals(1, notices.unreadCount(zhou));

        notices.markRead(li, n.id());

        assertEquals(0, notices.unreadCount(li));
        assertEquals(1, notices.unreadCount(zhou), "周 has not read it yet");
        assertTrue(notices.recent(li, false, 10).get(0).read());
        assertTrue(notices.recent(li, true, 10).isEmpty());
        Actor other = desk.officer(desk.newUnit("花园路街道"), "花园路信息员", null);
        assertThrows(org.briefdesk.domain.shared.AccessDenied.class, () -> notices.markRead(other, n.id()));
        assertEquals(0, notices.unreadCount(other));
        assertEquals(1, notices.markAllRead(zhou));
        assertEquals(0, notices.unreadCount(zhou));
    }

    @Test
    void everyDecisionOnAnItemAndItsPrintingTellTheUnitAndTheLeaderHearsOfTheNewIssue() throws Exception {
        Unit unit = desk.newUnit("甘家口街道");
        Actor officer = desk.officer(unit, "甘家口信息员", null);
        ItemView rejected = desk.submitted(officer, "甘家口街道召开周例会");
        ItemView submitted = desk.submitted(officer, "甘家口街道建成文明实践站");
        editorial.reject(desk.editor(), rejected.id(), rejected.version(), "属于一般性会议信息");
        ItemView accepted = editorial.accept(desk.editor(), submitted.id(), submitted.version());
        accepted = editorial.tag(
                desk.editor(),
                accepted.id(),
                accepted.version(),
                List.of(columns.findByName("工作动态").orElseThrow().getId()));
        instructions.record(
                desk.editor(), accepted.id(), LeaderLevel.DISTRICT, "张区长", LocalDate.now(), "经验做法很好，请总结推广。", null);
        Actor leader = accounts.actor("leader").orElseThrow();
        long leaderUnreadBefore = notices.unreadCount(leader);
        IssueView issue = published(accepted.id(), leader.accountId());

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
        Actor officer = desk.officer(desk.newUnit("清河街道"), "清河信息员", null);
        Actor editor = desk.editor();
        long before = notices.unreadCount(editor);

        ItemView urgent = officerItems.createDraft(
                officer,
                new ItemContent("清河街道一居民楼突发火情", "<p>今日上午，清河街道一居民楼发生火情，无人员伤亡。</p>", null, null, true, null),
                null);
        officerItems.submit(officer, urgent.id(), urgent.version());

        assertTrue(notices.unreadCount(editor) > before);
        NoticeView n = notices.unread(editor, 50).stream()
                .filter(x -> ("/editor/item.xhtml?id=" + urgent.id()).equals(x.link()))
                .findFirst()
                .orElseThrow();
        assertEquals(NoticeKind.URGENT_ITEM.getLabel(), n.kind());
        assertTrue(n.text().startsWith("清河街道"), n.text());
    }

    @Test
    void mailFollowsEachPersonsChoiceOfKindsAndTheDailyDigestListsWhatIsStillUnread() throws Exception {
        Unit unit = desk.newUnit("万柳地区");
        String keepsDefaults = MailFixture.address("wan");
        String turnedOff = MailFixture.address("liu");
        Actor wan = desk.officer(unit, "万信息员", keepsDefaults);
        Actor liu = desk.officer(unit, "柳信息员", turnedOff);
        notices.choose(liu, List.of(NoticeKind.ITEM_ACCEPTED), true);

        try (MailFixture mail = MailFixture.relay()) {
            ItemView returned = desk.submitted(wan, "万柳地区开展垃圾分类入户宣传");
            editorial.returnToUnit(desk.editor(), returned.id(), returned.version(), "请补充入户户数");
            ItemView accepted = desk.submitted(wan, "万柳地区建成垃圾分类示范小区");
            editorial.accept(desk.editor(), accepted.id(), accepted.version());
            assertTrue(mail.arrived(2));

            List<MimeMessage> toWan = mail.to(keepsDefaults);
            assertEquals(1, toWan.size(), "退回 is mailed by default, 采用待编 is not");
            assertEquals("【简报台】信息被退回修改：“万柳地区开展垃圾分类入户宣传”", toWan.get(0).getSubject());
            assertEquals(
                    "万信息员：\n\n本单位信息“万柳地区开展垃圾分类入户宣传”被退回修改，原因：请补充入户户数。\n\n" + "请登录简报台，在“本单位信息”页面修改后重新报送。\n",
                    MailFixture.body(toWan.get(0)));
            List<MimeMessage> toLiu = mail.to(turnedOff);
            assertEquals(1, toLiu.size(), "柳 chose 采用待编 only");
            assertEquals("【简报台】信息已采用待编：“万柳地区建成垃圾分类示范小区”", toLiu.get(0).getSubject());

            assertTrue(digest.sendDigests() >= 1);
            assertTrue(mail.arrived(3));
            List<MimeMessage> digests = mail.to(turnedOff);
            assertEquals(2, digests.size());
            String listed = MailFixture.body(digests.get(1));
            assertTrue(
                    digests.get(1).getSubject().startsWith("【简报台】每日提醒汇总"),
                    digests.get(1).getSubject());
            assertTrue(listed.contains("【信息被退回修改】本单位信息“万柳地区开展垃圾分类入户宣传”被退回修改"), listed);
            assertTrue(listed.contains("【信息已采用待编】"), listed);
            assertTrue(mail.to(keepsDefaults).size() == 1, "万 did not ask for a digest");

            digest.sendDigests();
            assertEquals(2, mail.to(turnedOff).size(), "nothing new since the last digest");
        }
    }

    // ---- helpers

    private IssueView published(long itemId, long leaderId) {
        Actor admin = accounts.actor("admin").orElseThrow();
        TitleView title = briefings.saveTitle(
                admin,
                null,
                "提醒测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        IssueView issue = briefings.create(desk.editor(), title.id(), IssueKind.SUPPLEMENT, LocalDate.now());
        issue = assembly.add(desk.editor(), issue.id(), issue.version(), List.of(itemId));
        issue = briefings.describe(
                desk.editor(),
                issue.id(),
                issue.version(),
                new IssueHeader(issue.issueDate(), null, issue.distribution(), null, false, List.of(leaderId)));
        return publication.publish(desk.editor(), issue.id(), issue.version());
    }

    private List<String> kinds(Actor actor) {
        return notices.recent(actor, false, 50).stream().map(NoticeView::kind).toList();
    }

    private List<String> texts(Actor actor) {
        return notices.recent(actor, false, 50).stream().map(NoticeView::text).toList();
    }
}
