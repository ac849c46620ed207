package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.rhythm.PeriodicReportService;
import org.briefdesk.application.rhythm.PeriodicReportView;
import org.briefdesk.application.rhythm.RhythmSettingsService;
import org.briefdesk.application.scheduling.JobScheduler;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.report.ReportRecipients;
import org.briefdesk.domain.model.scheduling.JobRun;
import org.briefdesk.domain.model.scheduling.JobRunRepository;
import org.briefdesk.domain.model.scheduling.RunOutcome;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's rhythm on the movable clock (no waiting on real time): Monday's quota reminder, the
 * monthly 通报 of a month that starts on a weekend, the quarterly and half-year reports on the first
 * working day of July, the 普刊 reminder, each once however often the timer ticks. The timer ticks
 * too while the clock is moved, so the tests read what was recorded, not which call did the work.
 */
@ExtendWith(ArquillianExtension.class)
class RhythmIT {

    private static final String FROM = "chuangjianban@hd.example.cn";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(RhythmIT.class);
    }

    @Inject
    JobScheduler scheduler;

    @Inject
    JobRunRepository runs;

    @Inject
    PeriodicReportService reports;

    @Inject
    RhythmSettingsService settings;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private final long run = System.nanoTime() % 1_000_000;
    private int made;

    @AfterEach
    void realTimeAndDefaultSettings() {
        DistrictTime.reset();
        settings.change(admin(), ReportRecipients.ALL_UNITS, List.of(), false, DayOfWeek.FRIDAY);
        for (String s : List.of("host", "port", "from")) {
            System.clearProperty("briefdesk.mail." + s);
        }
    }

    @Test
    void onMondayAKeyUnitBehindLastWeeksQuotaIsRemindedOnceInTheAppAndByMail() throws Exception {
        String address = "wanliu" + run + "@hd.example.cn";
        Actor behind = officerOf("万柳地区", true, address);
        Actor done = officerOf("西三旗街道", true, null);
        submitted(done, "西三旗街道开展垃圾分类入户宣传", LocalDateTime.of(2027, 3, 2, 9, 0));
        submitted(done, "西三旗街道组织文明交通志愿服务", LocalDateTime.of(2027, 3, 4, 15, 0));
        submitted(behind, "万柳地区举办邻里节活动", LocalDateTime.of(2027, 3, 3, 10, 0));

        GreenMail smtp = mailServer();
        try {
            DistrictTime.moveTo(beijing(2027, 3, 8, 8, 30));
            scheduler.runDueJobsNow();
            JobRun week = runs.find("quota-reminders", "2027-W09").orElseThrow();
            assertEquals(RunOutcome.DONE, week.getOutcome(), week.getDetail());
            scheduler.runDueJobsNow();
            assertEquals(
                    1, runs.find("quota-reminders", "2027-W09").orElseThrow().getAttempts());

            List<String> texts = noticesOf(behind.unitId()).stream()
                    .filter(t -> t.startsWith("上周"))
                    .toList();
            assertEquals(
                    List.of("上周（2027年3月1日—3月7日）贵单位报送信息1条，低于每周2条的要求，请本周抓紧报送。"),
                    texts,
                    "one notice, though the timer ran again");
            assertTrue(
                    noticesOf(done.unitId()).stream().noneMatch(t -> t.startsWith("上周")),
                    "a unit that met its quota is left alone");
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            List<MimeMessage> mails = to(smtp, address);
            assertEquals(1, mails.size());
            assertEquals("【简报台】每周报送提醒", mails.get(0).getSubject());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMonthStartingOnSaturdayHasItsReportOnMondayOnceForTheKeyUnitsAndLeadersSet() throws Exception {
        Actor key = officerOf("马连洼街道", true, null);
        Actor ordinary = officerOf("香山街道", false, null);
        submitted(key, "马连洼街道推进背街小巷环境整治", LocalDateTime.of(2027, 4, 12, 9, 0));
        Account leader = em.createQuery("select a from Account a where a.login = 'leader'", Account.class)
                .getSingleResult();
        settings.change(admin(), ReportRecipients.KEY_UNITS, List.of(leader.getId()), false, DayOfWeek.FRIDAY);

        DistrictTime.moveTo(beijing(2027, 5, 1, 9, 0)); // Saturday 1 May
        scheduler.runDueJobsNow();
        assertTrue(runs.find("monthly-report", "2027-04").isEmpty(), "not on a Saturday");

        DistrictTime.moveTo(beijing(2027, 5, 3, 8, 30)); // Monday, the first working day
        scheduler.runDueJobsNow();
        scheduler.runDueJobsNow();
        JobRun monthly = runs.find("monthly-report", "2027-04").orElseThrow();
        assertEquals(RunOutcome.DONE, monthly.getOutcome(), monthly.getDetail());
        assertEquals(1, monthly.getAttempts());

        List<PeriodicReportView> april = reports.readable(editor(), 200).stream()
                .filter(r -> r.kind().equals("MONTHLY") && r.periodLabel().equals("2027年4月"))
                .toList();
        assertEquals(1, april.size(), "issued once");
        PeriodicReportView r = april.get(0);
        assertTrue(r.seriesLabel().matches("2027年第\\d+期"), r.seriesLabel());
        assertTrue(
                r.recipientUnits().contains("马连洼街道" + run), r.recipientUnits().toString());
        assertFalse(r.recipientUnits().contains("香山街道" + run));
        assertEquals(List.of(leader.getDisplayName()), r.recipientLeaders());
        assertTrue(r.summary().startsWith("2027年4月全区报送信息"), r.summary());

        assertTrue(readable(key, r.id()), "a key unit's officer reads it");
        assertTrue(readable(accounts.actor("leader").orElseThrow(), r.id()), "so does the leader named");
        assertFalse(readable(ordinary, r.id()), "an ordinary unit was not sent it");
        assertTrue(reports.readable(key, 50).stream()
                .allMatch(v -> v.recipientUnits().isEmpty()));
        var docx = r.files().stream()
                .filter(f -> f.fileName().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        assertTrue(r.files().stream().anyMatch(f -> f.fileName().endsWith(".xlsx")));
        assertThrows(NotFound.class, () -> reports.file(ordinary, docx.id()));

        String number = r.seriesLabel().substring(r.seriesLabel().indexOf('第'));
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(reports.file(key, docx.id()).getContent()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("宣传信息工作通报"), all);
            assertTrue(all.contains(number), all);
            assertTrue(all.contains("2027年4月宣传信息采用情况"), all);
            assertTrue(all.contains("马连洼街道" + run), all);
        }
        assertEquals(
                1,
                noticesOf(key.unitId()).stream()
                        .filter(t -> t.startsWith("《宣传信息工作通报（" + r.seriesLabel() + "）》（2027年4月）已印发"))
                        .count());
        assertTrue(noticesOf(ordinary.unitId()).stream().noneMatch(t -> t.contains("2027年4月")));
    }

    @Test
    void theFirstWorkingDayOfJulyIssuesTheMonthQuarterAndHalfYearOnceEach() {
        DistrictTime.moveTo(beijing(2027, 7, 1, 10, 0)); // a Thursday
        scheduler.runDueJobsNow();
        scheduler.runDueJobsNow();
        for (String[] job : new String[][] {
            {"monthly-report", "2027-06"}, {"quarterly-report", "2027-Q2"}, {"half-year-ranking", "2027-H1"}
        }) {
            JobRun r = runs.find(job[0], job[1]).orElseThrow(() -> new AssertionError(job[0] + " did not run"));
            assertEquals(RunOutcome.DONE, r.getOutcome(), r.getDetail());
        }
        assertTrue(runs.find("annual-ranking", "2026").isEmpty(), "the annual ranking waits for January");
        List<String> issued = reports.readable(editor(), 200).stream()
                .filter(v -> v.periodLabel().startsWith("2027年"))
                .map(v -> v.kindLabel() + " " + v.periodLabel())
                .toList();
        assertTrue(issued.containsAll(List.of("月度通报 2027年6月", "季度通报 2027年第二季度", "半年考评排名 2027年上半年")), issued.toString());
        assertEquals(1, issued.stream().filter(s -> s.equals("季度通报 2027年第二季度")).count());
    }

    @Test
    void editorsAreRemindedWhenNoRegularIssueIsOutByTheWeeklyDay() {
        settings.change(admin(), ReportRecipients.ALL_UNITS, List.of(), false, DayOfWeek.THURSDAY);
        DistrictTime.moveTo(beijing(2027, 9, 16, 16, 30)); // Thursday, before 17:00
        scheduler.runDueJobsNow();
        assertTrue(runs.find("weekly-issue-reminder", "2027-W37").isEmpty());

        DistrictTime.moveTo(beijing(2027, 9, 16, 17, 10));
        scheduler.runDueJobsNow();
        scheduler.runDueJobsNow();
        assertEquals(
                RunOutcome.DONE,
                runs.find("weekly-issue-reminder", "2027-W37").orElseThrow().getOutcome());
        long editorId = editor().accountId();
        List<String> texts = em.createQuery(
                        "select n.text from Notice n where n.accountId = :a and n.text like :t", String.class)
                .setParameter("a", editorId)
                .setParameter("t", "本周（2027年9月13日—9月19日）普刊尚未印发%")
                .getResultList();
        assertEquals(List.of("本周（2027年9月13日—9月19日）普刊尚未印发（本办出刊日为星期四），请及时编辑印发。"), texts);
    }

    private boolean readable(Actor actor, long reportId) {
        return reports.readable(actor, 500).stream().anyMatch(v -> v.id() == reportId);
    }

    private List<String> noticesOf(long unitId) {
        return em.createQuery("select n.text from Notice n where n.unitId = :u order by n.id", String.class)
                .setParameter("u", unitId)
                .getResultList();
    }

    private GreenMail mailServer() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        System.setProperty("briefdesk.mail.host", "127.0.0.1");
        System.setProperty("briefdesk.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        System.setProperty("briefdesk.mail.from", FROM);
        return smtp;
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }

    private Actor officerOf(String name, boolean key, String email) throws Exception {
        tx.begin();
        Unit unit = new Unit(name + run, name + run, UnitKind.STREET_TOWN, key);
        em.persist(unit);
        Account officer = new Account("r" + run + "x" + made++, name + "信息员", DemoData.PASSWORD, Role.OFFICER, unit);
        if (email != null) {
            officer.changeEmail(email);
        }
        em.persist(officer);
        tx.commit();
        return Actor.of(officer);
    }

    private void submitted(Actor officer, String title, LocalDateTime at) throws Exception {
        tx.begin();
        Instant when = at.atZone(DistrictTime.ZONE).toInstant();
        var item = new org.briefdesk.domain.model.item.Item(
                em.find(Unit.class, officer.unitId()),
                em.find(Account.class, officer.accountId()),
                new org.briefdesk.domain.model.item.ItemContent(
                        title, "<p>" + title + "，居民踊跃参与。</p>", at.toLocalDate(), null, false, null),
                when.minusSeconds(600));
        item.submit(when);
        em.persist(item);
        tx.commit();
    }

    private static Instant beijing(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(DistrictTime.ZONE).toInstant();
    }

    private Actor admin() {
        return accounts.actor("admin").orElseThrow();
    }

    private Actor editor() {
        return accounts.actor("editor").orElseThrow();
    }
}
