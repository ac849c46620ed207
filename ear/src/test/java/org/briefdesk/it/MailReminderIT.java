package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.solicitation.SolicitationReminders;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.SolicitationForm;
import org.briefdesk.application.solicitation.SolicitationService.Tracking;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.mail.Mailer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadline reminders (约稿到期提醒) by mail, against a real SMTP server: GreenMail runs in the
 * server's JVM next to this test on a free port, and the deployment is pointed at it with the same
 * settings an operator uses (briefdesk.mail.host / .port / .from), then set back.
 */
@ExtendWith(ArquillianExtension.class)
class MailReminderIT {

    private static final String FROM = "chuangjianban@hd.example.cn";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(MailReminderIT.class);
    }

    @Inject
    SolicitationService solicitations;

    @Inject
    SolicitationReminders reminders;

    @Inject
    AccountService accountService;

    @Inject
    UnitRepository units;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Test
    void aUnitThatHasNotAnsweredIsMailedOnceInChineseBeforeTheDeadline() throws Exception {
        String topic = topic("老旧小区加装电梯");
        String waiting = address("ganjiakou");
        String answered = address("balizhuang");
        officerWithMail("甘家口街道", "甘家口信息员", waiting);
        officerWithMail("八里庄街道", "八里庄信息员", answered);
        Tracking t = issue(topic, "甘家口街道", "八里庄街道");
        answer(t.id(), "八里庄街道", "八里庄街道老旧小区加装电梯工作进展");

        GreenMail smtp = startMailServer();
        try {
            configureMail(smtp.getSmtp().getPort());
            assertTrue(Mailer.enabled());
            assertTrue(reminders.sendDueReminders() >= 1);
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "a mail arrived");
            reminders.sendDueReminders();

            List<MimeMessage> toWaiting = to(smtp, waiting);
            assertEquals(1, toWaiting.size(), "one mail, though the timer ran twice");
            MimeMessage mail = toWaiting.get(0);
            assertEquals(waiting, ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertEquals(FROM, from.getAddress());
            assertEquals("简报台", from.getPersonal());
            assertEquals("【简报台】约稿到期提醒：《" + topic + "》", mail.getSubject());
            assertTrue(mail.getContentType().toLowerCase().contains("charset=utf-8"), mail.getContentType());
            String deadline = DateTimeFormatter.ofPattern("M月d日 HH:mm")
                    .withZone(DistrictTime.ZONE)
                    .format(t.deadline());
            assertEquals(
                    "甘家口信息员：\n\n约稿《" + topic + "》将于" + deadline + "截止，本单位尚未报送，请及时报送。\n\n" + "请登录简报台，在“本单位信息”页面报送稿件。\n",
                    body(mail).replace("\r\n", "\n"));
            assertTrue(to(smtp, answered).isEmpty(), "no mail to the unit that has answered");
            assertNotNull(solicitations
                    .tracking(actor("editor"), t.id())
                    .unit(unit("甘家口街道").getId())
                    .remindedAt());
        } finally {
            clearMailSettings();
            smtp.stop();
        }
    }

    @Test
    void withoutAMailServerTheUnitGetsOnlyTheInAppReminder() throws Exception {
        String topic = topic("冬季清雪铲冰");
        String officer = address("zizhuyuan");
        officerWithMail("紫竹院街道", "紫竹院信息员", officer);
        Tracking t = issue(topic, "紫竹院街道");

        GreenMail smtp = startMailServer();
        try {
            // A port alone names no server: mail stays off rather than guessing localhost.
            System.setProperty(
                    "briefdesk.mail.port", String.valueOf(smtp.getSmtp().getPort()));
            assertFalse(Mailer.enabled());
            reminders.sendDueReminders();

            assertNotNull(
                    solicitations
                            .tracking(actor("editor"), t.id())
                            .unit(unit("紫竹院街道").getId())
                            .remindedAt(),
                    "the unit was reminded in the app");
            assertEquals(
                    1L,
                    em.createQuery("select count(n) from Notice n where n.unitId = :u and n.text like :t", Long.class)
                            .setParameter("u", unit("紫竹院街道").getId())
                            .setParameter("t", "约稿《" + topic + "》将于%")
                            .getSingleResult());
            assertEquals(0, smtp.getReceivedMessages().length, "nothing reached the SMTP server");
        } finally {
            clearMailSettings();
            smtp.stop();
        }
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
        List<MimeMessage> out = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }

    /** The text as the officer reads it: transfer encoding undone, UTF-8 decoded. */
    private static String body(MimeMessage m) throws MessagingException, IOException {
        try (InputStream in = m.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String topic(String subject) {
        return subject + "（" + System.nanoTime() % 1_000_000 + "）";
    }

    private static String address(String local) {
        return local + System.nanoTime() % 1_000_000 + "@hd.example.cn";
    }

    private Actor actor(String login) {
        return accountService.actor(login).orElseThrow();
    }

    private Unit unit(String shortName) {
        return units.all().stream()
                .filter(u -> u.getShortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    private void officerWithMail(String unitShortName, String displayName, String email) throws Exception {
        tx.begin();
        Account a = new Account(
                "mail" + System.nanoTime() % 10_000_000,
                displayName,
                "xinxi2026",
                Role.OFFICER,
                em.find(Unit.class, unit(unitShortName).getId()));
        a.changeEmail(email);
        em.persist(a);
        tx.commit();
    }

    /** A solicitation due in three hours: inside the reminder window. */
    private Tracking issue(String topic, String... unitShortNames) {
        LocalDateTime deadline =
                LocalDateTime.now(DistrictTime.ZONE).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        return solicitations.issue(
                actor("editor"),
                new SolicitationForm(
                        topic,
                        "请报送本单位相关工作的做法和成效，800字以内。",
                        deadline,
                        Arrays.stream(unitShortNames).map(n -> unit(n).getId()).toList()));
    }

    private void answer(long solicitationId, String unitShortName, String title) throws Exception {
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unit(unitShortName).getId()),
                null,
                new ItemContent(title, "<p>" + title + "：已完成入户意见征询，3个单元启动施工。</p>", null, null, false, null),
                Instant.now());
        item.answer(solicitationId);
        item.submit(Instant.now());
        em.persist(item);
        tx.commit();
    }
}
