package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.rhythm.PeriodicReportService;
import org.briefdesk.application.rhythm.PeriodicReportView;
import org.briefdesk.application.rhythm.RhythmSettingsService;
import org.briefdesk.application.rhythm.WorkingCalendarService;
import org.briefdesk.application.scheduling.JobScheduler;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.calendar.DayKind;
import org.briefdesk.domain.model.report.ReportRecipients;
import org.briefdesk.domain.model.scheduling.JobRun;
import org.briefdesk.domain.model.scheduling.JobRunRepository;
import org.briefdesk.domain.model.scheduling.RunOutcome;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
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

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withGreenMail(RhythmIT.class, DeskFixture.class);
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
    DeskFixture desk;

    @Inject
    WorkingCalendarService workingCalendar;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private final long run = System.nanoTime() % 1_000_000;

    @AfterEach
    void realTimeAndDefaultSettings() {
        DistrictTime.reset();
        settings.change(desk.admin(), ReportRecipients.ALL_UNITS, List.of(), false, DayOfWeek.FRIDAY);
    }

    @Test
    void onMondayAKeyUnitBehindLastWeeksQuotaIsRemindedOnceInTheAppAndByMail() throws Exception {
        String address = "wanliu" + run + "@hd.example.cn";
        Actor behind = officerOf("万柳地区", true, address);
        Actor done = officerOf("西三旗街道", true, null);
        desk.itemSubmittedAt(done, "西三旗街道开展垃圾分类入户宣传", LocalDateTime.of(2027, 3, 2, 9, 0), false);
        desk.itemSubmittedAt(done, "西三旗街道组织文明交通志愿服务", LocalDateTime.of(2027, 3, 4, 15, 0), false);
        desk.itemSubmittedAt(behind, "万柳地区举办邻里节活动", LocalDateTime.of(2027, 3, 3, 10, 0), false);

        try (MailFixture mail = MailFixture.relay()) {
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
            assertTrue(mail.arrived(1));
            List<MimeMessage> mails = mail.to(address);
            assertEquals(1, mails.size());
            assertEquals("【简报台】每周报送提醒", mails.get(0).getSubject());
        }
    }

    @Test
    void theMonthlyReportWaitsForTheFirstWorkingDayAfterTheNationalDayHolidayEntered() throws Exception {
        // 2026's arrangement (国务院办公厅, 2025-11-04): 10月1日至7日放假调休.
        for (int d = 1; d <= 7; d++) {
            workingCalendar.set(desk.admin(), LocalDate.of(2026, 10, d), DayKind.HOLIDAY, "国庆节");
        }
        try {
            DistrictTime.moveTo(beijing(2026, 10, 5, 9, 0)); // a Monday inside the holiday
            scheduler.runDueJobsNow();
            assertTrue(runs.find("monthly-report", "2026-09").isEmpty(), "not during the holiday");

            DistrictTime.moveTo(beijing(2026, 10, 8, 8, 30)); // Thursday, the first working day
            scheduler.runDueJobsNow();
            JobRun monthly = runs.find("monthly-report", "2026-09").orElseThrow();
            assertEquals(RunOutcome.DONE, monthly.getOutcome(), monthly.getDetail());
        } finally {
            for (int d = 1; d <= 7; d++) {
                workingCalendar.remove(desk.admin(), LocalDate.of(2026, 10, d));
            }
        }
    }

    @Test
    void aMonthStartingOnSaturdayHasItsReportOnMondayOnceForTheKeyUnitsAndLeadersSet() throws Exception {
        Actor key = officerOf("马连洼街道", true, null);
        Actor ordinary = officerOf("香山街道", false, null);
        desk.itemSubmittedAt(key, "马连洼街道推进背街小巷环境整治", LocalDateTime.of(2027, 4, 12, 9, 0), false);
        Account leader = em.createQuery("select a from Account a where a.login = 'leader'", Account.class)
                .getSingleResult();
        settings.change(desk.admin(), ReportRecipients.KEY_UNITS, List.of(leader.getId()), false, DayOfWeek.FRIDAY);

        DistrictTime.moveTo(beijing(2027, 5, 1, 9, 0)); // Saturday 1 May
        scheduler.runDueJobsNow();
        assertTrue(runs.find("monthly-report", "2027-04").isEmpty(), "not on a Saturday");

        DistrictTime.moveTo(beijing(2027, 5, 3, 8, 30)); // Monday, the first working day
        scheduler.runDueJobsNow();
        scheduler.runDueJobsNow();
        JobRun monthly = runs.find("monthly-report", "2027-04").orElseThrow();
        assertEquals(RunOutcome.DONE, monthly.getOutcome(), monthly.getDetail());
        assertEquals(1, monthly.getAttempts());

        List<PeriodicReportView> april = reports.readable(desk.editor(), 200).stream()
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
        assertTrue(readable(desk.actor("leader"), r.id()), "so does the leader named");
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
                        new ByteArrayInputStream(reports.file(key, docx.id()).content()));
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
        List<String> issued = reports.readable(desk.editor(), 200).stream()
                .filter(v -> v.periodLabel().startsWith("2027年"))
                .map(v -> v.kindLabel() + " " + v.periodLabel())
                .toList();
        assertTrue(issued.containsAll(List.of("月度通报 2027年6月", "季度通报 2027年第二季度", "半年考评排名 2027年上半年")), issued.toString());
        assertEquals(1, issued.stream().filter(s -> s.equals("季度通报 2027年第二季度")).count());
    }

    @Test
    void editorsAreRemindedWhenNoRegularIssueIsOutByTheWeeklyDay() {
        settings.change(desk.admin(), ReportRecipients.ALL_UNITS, List.of(), false, DayOfWeek.THURSDAY);
        DistrictTime.moveTo(beijing(2027, 9, 16, 16, 30)); // Thursday, before 17:00
        scheduler.runDueJobsNow();
        assertTrue(runs.find("weekly-issue-reminder", "2027-W37").isEmpty());

        DistrictTime.moveTo(beijing(2027, 9, 16, 17, 10));
        scheduler.runDueJobsNow();
        scheduler.runDueJobsNow();
        assertEquals(
                RunOutcome.DONE,
                runs.find("weekly-issue-reminder", "2027-W37").orElseThrow().getOutcome());
        long editorId = desk.editor().accountId();
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

    private Actor officerOf(String name, boolean key, String email) throws Exception {
        return desk.officer(desk.newUnitNamed(name + run, key), name + "信息员", email);
    }

    private static Instant beijing(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(DistrictTime.ZONE).toInstant();
    }
}
