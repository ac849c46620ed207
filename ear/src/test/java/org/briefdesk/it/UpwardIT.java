package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.upward.UpwardService;
import org.briefdesk.application.upward.UpwardService.UpwardForm;
import org.briefdesk.application.upward.UpwardView;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.upward.UpwardChannel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upward reporting (对口上报): the Word package in the office's form (header, 报送清单, the items), the
 * mailed package against a real SMTP server, and an adoption recorded against a send crediting the
 * source unit once, at its highest adoption.
 */
@ExtendWith(ArquillianExtension.class)
class UpwardIT {

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(UpwardIT.class);
    }

    @Inject
    UpwardService upward;

    @Inject
    OutletService outlets;

    @Inject
    StatisticsService statistics;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private final long run = System.nanoTime() % 1_000_000;
    /** Numbers the officers this class creates: a clock's low digits repeat (two logins once collided). */
    private static final AtomicInteger OFFICERS = new AtomicInteger();

    @Test
    void thePackageHasTheOfficesHeaderACoverListAndEveryItemWithItsUnit() throws Exception {
        long a = acceptedItem("清河街道", "清河街道打造“一刻钟便民生活圈”");
        long b = acceptedItem("区园林绿化局", "区园林绿化局新建口袋公园12处");

        UpwardView v =
                upward.send(editor(), new UpwardForm("首都文明办", null, UpwardChannel.DOWNLOAD, List.of(a, b), null));
        assertEquals(
                List.of(a, b), v.items().stream().map(UpwardView.Line::itemId).toList());
        assertTrue(v.seriesLabel().matches("\\d{4}年第\\d+期"), v.seriesLabel());

        var file = upward.packageFile(editor(), v.id());
        assertTrue(file.fileName().startsWith("信息报送-" + v.seriesLabel()), file.fileName());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("海淀区创建首都文明区信息报送"), text);
            assertTrue(text.contains(v.seriesLabel().substring(v.seriesLabel().indexOf('第'))), text);
            assertTrue(text.contains("海淀区创建首都文明区工作领导小组办公室"), text);
            assertTrue(text.contains("报送清单"), text);
            assertTrue(text.contains("首都文明办：现报送我区创建首都文明区工作信息2条"), text);
            assertTrue(text.indexOf("清河街道打造“一刻钟便民生活圈”") < text.lastIndexOf("区园林绿化局新建口袋公园12处"));
            assertTrue(text.contains("报：首都文明办"), text);
            XWPFTable cover = doc.getTables().get(0);
            assertEquals(3, cover.getNumberOfRows(), "a header row and one row per item");
            assertEquals("序号", cover.getRow(0).getCell(0).getText());
            assertEquals("清河街道打造“一刻钟便民生活圈”", cover.getRow(1).getCell(1).getText());
            assertEquals("清河街道" + run, cover.getRow(1).getCell(2).getText());
            assertEquals("区园林绿化局" + run, cover.getRow(2).getCell(2).getText());
        }
    }

    @Test
    void aPublishedIssueGoesUpWithItsItemsInPrintOrder() throws Exception {
        long a = acceptedItem("北下关街道", "北下关街道建成社区文化广场");
        long b = acceptedItem("紫竹院街道", "紫竹院街道开展文明游园引导");
        long titleId = briefings.activeTitles(editor()).get(0).id();
        IssueView issue =
                briefings.create(editor(), titleId, IssueKind.SUPPLEMENT, LocalDate.now(DistrictTime.clock()));
        issue = assembly.add(editor(), issue.id(), issue.version(), List.of(a, b));
        long draft = issue.id();
        assertThrows(
                BusinessRuleViolation.class,
                () -> upward.send(editor(), new UpwardForm("人民日报社", null, UpwardChannel.DOWNLOAD, List.of(), draft)),
                "a draft issue does not go up");
        issue = publication.publish(editor(), issue.id(), issue.version());
        long published = issue.id();
        assertTrue(upward.publishedIssues(editor()).stream().anyMatch(c -> c.id() == published));

        UpwardView v =
                upward.send(editor(), new UpwardForm("人民日报社", null, UpwardChannel.DOWNLOAD, List.of(), published));
        assertEquals(
                issue.itemIds(), v.items().stream().map(UpwardView.Line::itemId).toList());
        assertEquals(published, v.issueId());
        assertEquals("人民日报社", v.addressee());
    }

    @Test
    void aMailedPackageReachesTheAddresseeAndWithoutARelayNothingIsRecorded() throws Exception {
        long a = acceptedItem("燕园街道", "燕园街道开展高校周边环境整治");
        int before = upward.list(editor(), 200).size();
        assertThrows(
                BusinessRuleViolation.class,
                () -> upward.send(
                        editor(),
                        new UpwardForm("首都文明办", "xinxi@bjwmb.example.cn", UpwardChannel.MAIL, List.of(a), null)));
        assertEquals(before, upward.list(editor(), 200).size(), "a send that was not mailed is not recorded");

        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            System.setProperty("briefdesk.mail.host", "127.0.0.1");
            System.setProperty(
                    "briefdesk.mail.port", String.valueOf(smtp.getSmtp().getPort()));
            UpwardView v = upward.send(
                    editor(), new UpwardForm("首都文明办", "xinxi@bjwmb.example.cn", UpwardChannel.MAIL, List.of(a), null));
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertEquals("海淀区创建首都文明区信息报送（" + v.seriesLabel() + "）", m.getSubject());
            MimeMultipart parts = (MimeMultipart) m.getContent();
            BodyPart file = parts.getBodyPart(1);
            assertEquals(v.packageName(), MimeUtility.decodeText(file.getFileName()));
            try (XWPFDocument doc = new XWPFDocument(file.getInputStream());
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                assertTrue(extractor.getText().contains("燕园街道开展高校周边环境整治"));
            }
            assertEquals("邮件", v.channelLabel());
        } finally {
            System.clearProperty("briefdesk.mail.host");
            System.clearProperty("briefdesk.mail.port");
            smtp.stop();
        }
    }

    @Test
    void anAdoptionRecordedAgainstASendCreditsTheSourceUnitOnceAtItsHighestLevel() throws Exception {
        long a = acceptedItem("田村路街道", "田村路街道推行垃圾分类积分兑换");
        long other = acceptedItem("永定路街道", "永定路街道开展文明养犬宣传");
        long unit = em.find(Item.class, a).getUnit().getId();
        UpwardView v = upward.send(editor(), new UpwardForm("首都文明办", null, UpwardChannel.DOWNLOAD, List.of(a), null));
        long city =
                outlets.create(editor(), "首都文明网" + run, OutletLevel.CITY, "网站").id();
        long daily =
                outlets.create(editor(), "北京日报" + run, OutletLevel.CITY, "报纸").id();
        LocalDate today = LocalDate.now(DistrictTime.clock());

        assertEquals(0, adoptionPoints(unit, today));
        upward.recordAdoption(editor(), v.id(), a, city, AdoptionMode.FULL, today);
        assertEquals(20, adoptionPoints(unit, today), "a city adoption of a whole item: 20 points");

        assertThrows(
                BusinessRuleViolation.class,
                () -> upward.recordAdoption(editor(), v.id(), a, city, AdoptionMode.FULL, today),
                "the same adoption twice is refused");
        upward.recordAdoption(editor(), v.id(), a, daily, AdoptionMode.FULL, today);
        assertEquals(20, adoptionPoints(unit, today), "a second city adoption adds nothing: the highest counts");
        assertThrows(
                BusinessRuleViolation.class,
                () -> upward.recordAdoption(editor(), v.id(), other, city, AdoptionMode.FULL, today),
                "an item the send did not carry");
        assertEquals(2, upward.find(editor(), v.id()).adoptions().size());
    }

    private long adoptionPoints(long unitId, LocalDate day) {
        return statistics.report(editor(), Period.month(java.time.YearMonth.from(day))).rows().stream()
                .filter(r -> r.getUnitId() == unitId)
                .findFirst()
                .map(r -> r.getAdoptionPoints())
                .orElse(0L);
    }

    private long acceptedItem(String unitName, String title) throws Exception {
        tx.begin();
        Unit unit = new Unit(unitName + run, unitName + run, UnitKind.STREET_TOWN, false);
        em.persist(unit);
        Account officer = new Account(
                "u" + run + "x" + OFFICERS.incrementAndGet(), unitName + "信息员", DemoData.PASSWORD, Role.OFFICER, unit);
        em.persist(officer);
        Instant now = DistrictTime.clock().instant();
        Item item = new Item(
                unit,
                officer,
                new ItemContent(
                        title,
                        "<p>" + title + "，群众满意度明显提升。</p>",
                        LocalDate.now(DistrictTime.clock()),
                        null,
                        false,
                        null),
                now.minusSeconds(3600));
        item.submit(now.minusSeconds(1800));
        item.accept();
        em.persist(item);
        tx.commit();
        return item.getId();
    }

    private Actor editor() {
        return accounts.actor("editor").orElseThrow();
    }
}
