package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.infrastructure.briefing.IssueMailing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Distribution of a published issue by mail (邮件分发) against a real SMTP server: GreenMail runs in
 * the server's JVM and Briefdesk is pointed at it with the settings an operator uses, then set back.
 */
@ExtendWith(ArquillianExtension.class)
class IssueMailIT {

    private static final String LEADER_MAIL = "zhangquzhang@hd.example.cn";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(IssueMailIT.class, DeskFixture.class);
    }

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    IssueMailing mailing;

    @Inject
    DeskFixture desk;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Test
    void aPublishedIssueThatAsksForMailReachesItsLeadersWithThePdfAttached() throws Exception {
        try (MailFixture mail = MailFixture.relay()) {
            giveTheLeaderAnAddress();

            IssueView issue = readyIssue(true);
            IssueView published = publication.publish(desk.editor(), issue.id(), issue.version());
            assertTrue(mail.arrived(1), "the mail arrives after the publication commits");

            MimeMessage m = mail.server().getReceivedMessages()[0];
            assertEquals(LEADER_MAIL, m.getRecipients(Message.RecipientType.TO)[0].toString());
            String name = published.briefingName() + published.label();
            assertEquals("《" + name + "》已印发", m.getSubject());
            Multipart parts = (Multipart) m.getContent();
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("简报阅览"));
            Part pdf = parts.getBodyPart(1);
            assertEquals(name + ".pdf", MimeUtility.decodeText(pdf.getFileName()));
            try (InputStream in = pdf.getInputStream()) {
                assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
            }

            IssueView quiet = readyIssue(false);
            IssueView quietPublished = publication.publish(desk.editor(), quiet.id(), quiet.version());
            assertEquals(0, mailing.sendNow(quietPublished.id()), "an issue that does not ask for mail is not mailed");
        }
    }

    @Test
    void withoutAMailServerNothingIsSentAndPublishingStillWorks() throws Exception {
        giveTheLeaderAnAddress();
        IssueView issue = readyIssue(true);
        IssueView published = publication.publish(desk.editor(), issue.id(), issue.version());
        assertEquals(0, mailing.sendNow(published.id()));
    }

    private void giveTheLeaderAnAddress() throws Exception {
        tx.begin();
        Account leader = em.find(Account.class, desk.actor("leader").accountId());
        leader.changeEmail(LEADER_MAIL);
        tx.commit();
    }

    /** A title of its own with one accepted item in an issue distributed to the leader. */
    private IssueView readyIssue(boolean mail) throws Exception {
        Actor admin = desk.admin();
        long title = briefings
                .saveTitle(
                        admin,
                        null,
                        "邮件测试简报" + System.nanoTime() % 100_000_000,
                        "海淀区创建首都文明区工作领导小组办公室",
                        Distribution.standard(),
                        PageLayout.standard())
                .id();
        tx.begin();
        Unit unit = desk.unit("海淀街道");
        Item item = new Item(
                em.find(Unit.class, unit.getId()),
                null,
                new ItemContent(
                        "海淀街道开展文明餐桌宣传",
                        "<p>11月26日，海淀街道在辖区餐饮单位开展“光盘行动”宣传。</p>",
                        LocalDate.of(2026, 11, 26),
                        null,
                        false,
                        null),
                Instant.now());
        item.submit(Instant.now());
        item.accept();
        item.tag(List.of(em.find(
                BriefingColumn.class, columns.findByName("工作动态").orElseThrow().getId())));
        em.persist(item);
        tx.commit();
        IssueView issue = briefings.create(desk.editor(), title, IssueKind.REGULAR, LocalDate.of(2026, 11, 27));
        issue = assembly.add(desk.editor(), issue.id(), issue.version(), List.of(item.getId()));
        return briefings.describe(
                desk.editor(),
                issue.id(),
                issue.version(),
                new IssueHeader(issue.issueDate(), null, issue.distribution(), null, mail, issue.recipients()));
    }
}
