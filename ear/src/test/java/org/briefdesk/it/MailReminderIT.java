package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.solicitation.SolicitationReminders;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.SolicitationForm;
import org.briefdesk.application.solicitation.SolicitationService.Tracking;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
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

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(MailReminderIT.class, DeskFixture.class);
    }

    @Inject
    SolicitationService solicitations;

    @Inject
    SolicitationReminders reminders;

    @Inject
    DeskFixture desk;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Test
    void aUnitThatHasNotAnsweredIsMailedOnceInChineseBeforeTheDeadline() throws Exception {
        String topic = topic("老旧小区加装电梯");
        String waiting = MailFixture.address("ganjiakou");
        String answered = MailFixture.address("balizhuang");
        desk.officerWithMail("甘家口街道", "甘家口信息员", waiting);
        desk.officerWithMail("八里庄街道", "八里庄信息员", answered);
        Tracking t = issue(topic, "甘家口街道", "八里庄街道");
        answer(t.id(), "八里庄街道", "八里庄街道老旧小区加装电梯工作进展");

        try (MailFixture mail = MailFixture.relay()) {
            assertTrue(Mailer.enabled());
            assertTrue(reminders.sendDueReminders() >= 1);
            assertTrue(mail.arrived(1), "a mail arrived");
            reminders.sendDueReminders();

            List<MimeMessage> toWaiting = mail.to(waiting);
            assertEquals(1, toWaiting.size(), "one mail, though the timer ran twice");
            MimeMessage reminder = toWaiting.get(0);
            assertEquals(waiting, ((InternetAddress) reminder.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            InternetAddress from = (InternetAddress) reminder.getFrom()[0];
            assertEquals(MailFixture.OFFICE, from.getAddress());
            assertEquals("简报台", from.getPersonal());
            assertEquals("【简报台】约稿到期提醒：《" + topic + "》", reminder.getSubject());
            assertTrue(reminder.getContentType().toLowerCase().contains("charset=utf-8"), reminder.getContentType());
            String deadline = DateTimeFormatter.ofPattern("M月d日 HH:mm")
                    .withZone(DistrictTime.ZONE)
                    .format(t.deadline());
            assertEquals(
                    "甘家口信息员：\n\n约稿《" + topic + "》将于" + deadline + "截止，本单位尚未报送，请及时报送。\n\n" + "请登录简报台，在“本单位信息”页面报送稿件。\n",
                    MailFixture.body(reminder));
            assertTrue(mail.to(answered).isEmpty(), "no mail to the unit that has answered");
            assertNotNull(solicitations
                    .tracking(desk.actor("editor"), t.id())
                    .unit(desk.unit("甘家口街道").getId())
                    .remindedAt());
        }
    }

    @Test
    void withoutAMailServerTheUnitGetsOnlyTheInAppReminder() throws Exception {
        String topic = topic("冬季清雪铲冰");
        String officer = MailFixture.address("zizhuyuan");
        desk.officerWithMail("紫竹院街道", "紫竹院信息员", officer);
        Tracking t = issue(topic, "紫竹院街道");

        try (MailFixture mail = MailFixture.smtp()) {
            // A port alone names no server: mail stays off rather than guessing localhost.
            System.setProperty("briefdesk.mail.port", String.valueOf(mail.smtpPort()));
            assertFalse(Mailer.enabled());
            reminders.sendDueReminders();

            assertNotNull(
                    solicitations
                            .tracking(desk.actor("editor"), t.id())
                            .unit(desk.unit("紫竹院街道").getId())
                            .remindedAt(),
                    "the unit was reminded in the app");
            assertEquals(
                    1L,
                    em.createQuery("select count(n) from Notice n where n.unitId = :u and n.text like :t", Long.class)
                            .setParameter("u", desk.unit("紫竹院街道").getId())
                            .setParameter("t", "约稿《" + topic + "》将于%")
                            .getSingleResult());
            assertEquals(0, mail.server().getReceivedMessages().length, "nothing reached the SMTP server");
        }
    }

    private static String topic(String subject) {
        return subject + "（" + System.nanoTime() % 1_000_000 + "）";
    }

    /** A solicitation due in three hours: inside the reminder window. */
    private Tracking issue(String topic, String... unitShortNames) {
        LocalDateTime deadline =
                LocalDateTime.now(DistrictTime.ZONE).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        return solicitations.issue(
                desk.actor("editor"),
                new SolicitationForm(
                        topic,
                        "请报送本单位相关工作的做法和成效，800字以内。",
                        deadline,
                        Arrays.stream(unitShortNames)
                                .map(n -> desk.unit(n).getId())
                                .toList()));
    }

    private void answer(long solicitationId, String unitShortName, String title) throws Exception {
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, desk.unit(unitShortName).getId()),
                null,
                new ItemContent(title, "<p>" + title + "：已完成入户意见征询，3个单元启动施工。</p>", null, null, false, null),
                Instant.now());
        item.answer(solicitationId);
        item.submit(Instant.now());
        em.persist(item);
        tx.commit();
    }
}
