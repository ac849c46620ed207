package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.TakenReportService;
import org.briefdesk.application.mailbox.MailIntakeService;
import org.briefdesk.application.mailbox.MailboxPolling;
import org.briefdesk.application.mailbox.PollResult;
import org.briefdesk.application.mailbox.QuarantineService;
import org.briefdesk.application.mailbox.QuarantinedMail;
import org.briefdesk.application.mailbox.Receipt;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports by mail (邮件报送) against a real mail server: GreenMail runs IMAP and SMTP in the server's
 * JVM on free ports, and the deployment polls it with the settings an operator uses
 * (briefdesk.mailbox.* for the mailbox, briefdesk.mail.* for the acknowledgement). Polls are started
 * by the service, never by waiting for the timer. Also the reports editors take down (代录).
 */
@ExtendWith(ArquillianExtension.class)
class MailIntakeIT {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String MAILBOX = "jianbao@hd.example.cn";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(MailIntakeIT.class, DeskFixture.class);
    }

    @Inject
    MailboxPolling polling;

    @Inject
    MailIntakeService intake;

    @Inject
    QuarantineService quarantine;

    @Inject
    TakenReportService takenReports;

    @Inject
    DeskFixture desk;

    @Inject
    StatisticsService statistics;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private MailFixture mail;

    @BeforeEach
    void startMailServer() {
        mail = MailFixture.relayAndMailbox(MAILBOX, "jianbao", "xinxi2026");
        // The timer must not take a test's messages: one poll now, and the next one due in a day.
        System.setProperty("briefdesk.mailbox.poll.minutes", "1440");
        polling.poll();
    }

    @AfterEach
    void stopMailServer() {
        mail.close();
    }

    @Test
    void aRegisteredOfficersMailBecomesASubmittedItemOfTheUnitAndTheSenderIsThanked() throws Exception {
        String officer = MailFixture.address("ganjiakou");
        desk.officerWithMail("甘家口街道", "甘家口信息员", officer);
        String title = topic("甘家口街道推进垃圾分类");
        // GBK text labelled GB2312 and an RFC 2047 subject, as Foxmail and Outlook send them.
        deliver(raw(
                id(),
                officer,
                "=?GB2312?B?" + b64(title.getBytes(GBK)) + "?=",
                "Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getMimeEncoder()
                                .encodeToString("社区书记王堃介绍，街道共设置垃圾分类驿站12处。\r\n居民参与率达到95%。".getBytes(GBK))));

        PollResult result = polling.poll();

        assertEquals(new PollResult(1, 0, 0, 0), result);
        Item item = only(title);
        assertEquals("甘家口街道", item.getUnit().getShortName());
        assertEquals(ItemStatus.SUBMITTED, item.getStatus());
        assertEquals(ItemChannel.EMAIL, item.getChannel());
        assertEquals("社区书记王堃介绍，街道共设置垃圾分类驿站12处。\n居民参与率达到95%。", item.getBody().getText());
        assertEquals(new PollResult(0, 0, 0, 0), polling.poll(), "the message was removed from the mailbox");

        MimeMessage thanks = receivedBy(officer);
        assertEquals("【简报台】已收到您报送的信息《" + title + "》", thanks.getSubject());
        assertTrue(
                MailFixture.body(thanks).startsWith("甘家口信息员：\n\n您通过邮件报送的信息《" + title + "》已收到，已作为“甘家口街道"),
                MailFixture.body(thanks));
    }

    @Test
    void theSameMessageDeliveredTwiceMakesOneItem() throws Exception {
        String officer = MailFixture.address("balizhuang");
        desk.officerWithMail("八里庄街道", "八里庄信息员", officer);
        String title = topic("八里庄街道开展冬季消防安全检查");
        byte[] message = raw(id(), officer, utf8(title), plainBody("街道组织开展冬季消防安全检查，共检查商户120家。"));
        deliver(message);
        deliver(message);

        assertEquals(new PollResult(1, 0, 1, 0), polling.poll());
        only(title);
        assertEquals(new PollResult(0, 0, 0, 0), polling.poll(), "both copies were removed");
    }

    @Test
    void aPollThatDiedBeforeRemovingTheMessageTakesNothingTwice() throws Exception {
        String officer = MailFixture.address("zizhuyuan");
        desk.officerWithMail("紫竹院街道", "紫竹院信息员", officer);
        String title = topic("紫竹院街道老旧小区加装电梯");
        byte[] message = raw(id(), officer, utf8(title), plainBody("今年完成加装电梯8部，惠及居民300户。"));
        deliver(message);
        // The poll recorded the message and its item, then the server went down before it could
        // remove the message: after the restart the message is still in the mailbox.
        assertEquals(Receipt.ITEM, intake.receive(message));

        assertEquals(new PollResult(0, 0, 1, 0), polling.poll());
        only(title);
        assertEquals(new PollResult(0, 0, 0, 0), polling.poll(), "removed on the poll after the restart");
        assertEquals(Receipt.ALREADY_TAKEN, intake.receive(message));
    }

    @Test
    void anUnknownSendersMailWaitsInQuarantineUntilAnEditorAssignsIt() throws Exception {
        String stranger = MailFixture.address("wangwei");
        String title = topic("关于曙光街道社区食堂开业的情况");
        deliver(raw(
                id(),
                "=?UTF-8?B?" + b64("王伟".getBytes(StandardCharsets.UTF_8)) + "?= <" + stranger + ">",
                utf8(title),
                plainBody("曙光街道第一家社区食堂今日开业，可同时容纳80人就餐。")));

        assertEquals(new PollResult(0, 1, 0, 0), polling.poll());
        assertTrue(items(title).isEmpty(), "no item before an editor decides");
        QuarantinedMail waiting = waiting(title);
        assertEquals(stranger, waiting.sender());
        assertEquals("王伟", waiting.senderName());
        assertEquals("发件人邮箱未登记为信息员", waiting.reason());
        assertEquals("曙光街道第一家社区食堂今日开业，可同时容纳80人就餐。", waiting.preview());

        ItemView item =
                quarantine.assign(desk.editor(), waiting.id(), desk.unit("曙光街道").getId());

        assertEquals(title, item.title());
        assertEquals("曙光街道", item.unitShortName());
        assertEquals(ItemStatus.SUBMITTED, item.status());
        assertEquals(ItemChannel.EMAIL, item.channel());
        assertTrue(quarantine.waiting(desk.editor()).stream().noneMatch(m -> m.id() == waiting.id()));
        BusinessRuleViolation again = assertThrows(
                BusinessRuleViolation.class,
                () -> quarantine.assign(
                        desk.editor(), waiting.id(), desk.unit("曙光街道").getId()));
        assertEquals("该来信已处理（已分派），请刷新页面", again.getMessage());
        assertTrue(MailFixture.body(receivedBy(stranger)).contains("您发来的邮件已由编辑转为“曙光街道"));
    }

    @Test
    void anOfficersAutoReplyIsNeitherAnItemNorAnsweredSoNoMailLoopStarts() throws Exception {
        String officer = MailFixture.address("haidian");
        desk.officerWithMail("海淀街道", "海淀信息员", officer);
        String title = topic("自动回复：您好，我正在休假，回来后尽快回复");
        deliver(raw(id(), officer, utf8(title), "Auto-Submitted: auto-replied\r\n" + plainBody("我正在休假。")));

        assertEquals(new PollResult(0, 1, 0, 0), polling.poll());
        assertTrue(items(title).isEmpty());
        assertEquals("自动回复或系统自动发送的邮件，未转为信息", waiting(title).reason());
        assertEquals(0, mail.server().getReceivedMessages().length, "no acknowledgement");
    }

    @Test
    void anEditorDiscardsAMailAndItIsNotTakenAgain() throws Exception {
        String title = topic("高价回收旧手机");
        byte[] message = raw(id(), MailFixture.address("spam"), utf8(title), plainBody("高价回收，联系电话13800000000。"));
        deliver(message);
        polling.poll();

        quarantine.discard(desk.editor(), waiting(title).id());

        assertTrue(quarantine.waiting(desk.editor()).stream().noneMatch(m -> title.equals(m.subject())));
        deliver(message);
        assertEquals(new PollResult(0, 0, 1, 0), polling.poll(), "the same message again is recognised");
    }

    @Test
    void anAttachedWordDocumentBecomesTheBodyAndOtherFilesAreKeptUnderTheUploadRules() throws Exception {
        String officer = MailFixture.address("shuguang");
        desk.officerWithMail("曙光街道", "曙光信息员", officer);
        String title = topic("曙光街道垃圾分类工作报告");
        String boundary = "=_briefdesk_1";
        String body = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n" + plainBody("领导好，附件是我单位信息，请查收。") + "\r\n"
                + file(
                        boundary,
                        "曙光街道信息.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx("曙光街道垃圾分类工作报告", "街道今年新建垃圾分类驿站6处。", "居民知晓率达到98%。"))
                + file(boundary, "说明.txt", "text/plain; charset=utf-8", "联系人：李娜".getBytes(StandardCharsets.UTF_8))
                + file(boundary, "setup.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0})
                + "--" + boundary + "--\r\n";
        deliver(raw(id(), officer, utf8(title), body));

        assertEquals(new PollResult(1, 0, 0, 0), polling.poll());

        Item item = only(title);
        assertTrue(
                item.getBody().getText().contains("街道今年新建垃圾分类驿站6处。\n居民知晓率达到98%。"),
                item.getBody().getText());
        List<String> kept = em.createQuery("select a.fileName from Attachment a where a.itemId = :i", String.class)
                .setParameter("i", item.getId())
                .getResultList();
        assertEquals(List.of("说明.txt"), kept, "the document is the body; the program is refused");
        String thanks = MailFixture.body(receivedBy(officer));
        assertTrue(thanks.contains("以下附件未能保存：\n  setup.exe："), thanks);
    }

    @Test
    void anEditorRecordsAPhoneReportForAUnitAndItIsThatUnitsSubmittedItem() {
        String title = topic("北下关街道电话报送：暴雨后积水点已全部排除");
        long submittedBefore = submittedThisMonth("北下关街道");
        ItemView item = takenReports.record(
                desk.editor(),
                desk.unit("北下关街道").getId(),
                ItemChannel.PHONE,
                new ItemContent(title, "截至今日18时，辖区5处积水点已全部排除。", null, null, true, "王主任 68401234"));

        assertEquals("北下关街道", item.unitShortName());
        assertEquals(ItemStatus.SUBMITTED, item.status());
        assertEquals(ItemChannel.PHONE, item.channel());
        assertNull(only(title).getAuthor(), "no officer wrote it; the unit is credited");
        assertEquals(submittedBefore + 1, submittedThisMonth("北下关街道"), "it counts for the unit like any other");
        BusinessRuleViolation form = assertThrows(
                BusinessRuleViolation.class,
                () -> takenReports.record(
                        desk.editor(),
                        desk.unit("北下关街道").getId(),
                        ItemChannel.FORM,
                        new ItemContent(title, "正文", null, null, false, null)));
        assertEquals("请选择报送渠道：电话、纸质、领导转交或邮件", form.getMessage());
        Actor officer = desk.actor("haidian");
        assertThrows(
                RuntimeException.class,
                () -> takenReports.record(
                        officer,
                        desk.unit("北下关街道").getId(),
                        ItemChannel.PHONE,
                        new ItemContent(title, "正文", null, null, false, null)));
    }

    // ---- helpers

    private void deliver(byte[] raw) throws Exception {
        mail.mailbox().deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static byte[] raw(String messageId, String from, String subject, String bodyWithHeaders) {
        return ("Message-ID: " + messageId + "\r\nFrom: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: " + subject
                        + "\r\nMIME-Version: 1.0\r\n" + bodyWithHeaders + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String plainBody(String text) {
        return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String boundary, String name, String type, byte[] bytes) {
        String encoded = "=?UTF-8?B?" + b64(name.getBytes(StandardCharsets.UTF_8)) + "?=";
        return "--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Disposition: attachment; filename=\""
                + encoded + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(bytes) + "\r\n";
    }

    private static byte[] docx(String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String utf8(String text) {
        return "=?UTF-8?B?" + b64(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String id() {
        return "<" + System.nanoTime() + ".briefdesk-it@hd.example.cn>";
    }

    private static String topic(String title) {
        return title + "（" + System.nanoTime() % 1_000_000 + "）";
    }

    private List<Item> items(String title) {
        return em.createQuery("select i from Item i where i.title = :t", Item.class)
                .setParameter("t", title)
                .getResultList();
    }

    private Item only(String title) {
        List<Item> found = items(title);
        assertEquals(1, found.size(), "exactly one item titled " + title);
        return found.get(0);
    }

    private QuarantinedMail waiting(String subject) {
        return quarantine.waiting(desk.editor()).stream()
                .filter(m -> subject.equals(m.subject()))
                .findFirst()
                .orElseThrow();
    }

    private MimeMessage receivedBy(String address) throws Exception {
        assertTrue(mail.server().waitForIncomingEmail(10_000, 1), "a mail arrived");
        for (int tries = 0; tries < 100; tries++) {
            for (MimeMessage m : mail.server().getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().contains(address))) {
                    return m;
                }
            }
            mail.server().waitForIncomingEmail(100, mail.server().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address);
    }

    private long submittedThisMonth(String unitShortName) {
        long unitId = desk.unit(unitShortName).getId();
        return statistics.report(desk.editor(), Period.month(YearMonth.now(DistrictTime.ZONE))).rows().stream()
                .filter(r -> r.getUnitId() == unitId)
                .findFirst()
                .orElseThrow()
                .getSubmitted();
    }
}
