package org.briefdesk.it;

import static org.briefdesk.it.ScoringFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.reporting.StatisticsWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the office reads from the scores, over the real database: the weekly quota board and its
 * reminders, and the annual ranking with its workbook. Every test makes its own units (unique
 * names), so data left by other tests in the same database cannot change what is asserted.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(StatisticsIT.class, DeskFixture.class, ScoringFixture.class);
    }

    @Inject
    AdoptionService adoptions;

    @Inject
    InstructionService instructions;

    @Inject
    StatisticsService statistics;

    @Inject
    DeskFixture desk;

    @Inject
    ScoringFixture fixture;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Test
    void theWeeklyQuotaBoardListsKeyUnitsBelowTwoItemsAndRemindsThem() throws Exception {
        Actor behind = fixture.officerOf("万寿路街道", UnitKind.STREET_TOWN, true);
        Actor ordinary = fixture.officerOf("区档案馆", UnitKind.DEPARTMENT, false);
        Actor done = fixture.officerOf("羊坊店街道", UnitKind.STREET_TOWN, true);
        LocalDateTime now = LocalDateTime.now(DistrictTime.ZONE);
        LocalDate today = now.toLocalDate();
        LocalDateTime thisWeek = Period.weekOf(today).from().atTime(0, 5).isAfter(now)
                ? now
                : Period.weekOf(today).from().atTime(0, 5);
        desk.itemSubmittedAt(behind, "万寿路街道开展文明餐桌行动", thisWeek, false);
        desk.itemSubmittedAt(done, "羊坊店街道开展文明交通劝导", thisWeek, false);
        desk.itemSubmittedAt(done, "羊坊店街道建成社区文明实践站", thisWeek, false);

        var board = statistics.quotaBoard(desk.editor(), today);
        var mine = board.stream()
                .filter(s -> s.unitId() == behind.unitId())
                .findFirst()
                .orElseThrow();
        assertEquals(1, mine.submitted());
        assertFalse(board.stream().anyMatch(s -> s.unitId() == done.unitId()));
        assertFalse(board.stream().anyMatch(s -> s.unitId() == ordinary.unitId()), "ordinary units owe no quota");

        statistics.remindQuota(desk.editor(), behind.unitId(), today);
        List<Notice> notices = em.createQuery(
                        "select n from Notice n where n.unitId = :u and n.kind = :k", Notice.class)
                .setParameter("u", behind.unitId())
                .setParameter("k", NoticeKind.QUOTA_REMINDER)
                .getResultList();
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).getText().contains("已报送1条"), notices.get(0).getText());
        assertThrows(BusinessRuleViolation.class, () -> statistics.remindQuota(desk.editor(), done.unitId(), today));
        assertThrows(AccessDenied.class, () -> statistics.quotaBoard(behind, today));
    }

    @Test
    void remindAllSendsOneNoticeToEveryUnitOnTheQuotaBoard() throws Exception {
        Actor behind = fixture.officerOf("紫竹院街道", UnitKind.STREET_TOWN, true);
        LocalDate today = LocalDate.now(DistrictTime.ZONE);
        var board = statistics.quotaBoard(desk.editor(), today);
        assertTrue(board.stream().anyMatch(s -> s.unitId() == behind.unitId()));

        assertEquals(board.size(), statistics.remindAllBelowQuota(desk.editor(), today));
        for (var s : board) {
            long n = em.createQuery("select count(n) from Notice n where n.unitId = :u", Long.class)
                    .setParameter("u", s.unitId())
                    .getSingleResult();
            assertTrue(n >= 1, s.unitName() + " was reminded");
        }
        assertThrows(AccessDenied.class, () -> statistics.remindAllBelowQuota(desk.actor("leader"), today));
    }

    @Test
    void theRankingIsTheReportsTopKeyUnitsPerKindAndTheWorkbookReadsBack() throws Exception {
        Actor street = fixture.officerOf("曙光街道", UnitKind.STREET_TOWN, true);
        long item = desk.itemSubmittedAt(street, "曙光街道创建文明小区", LocalDateTime.of(2021, 11, 3, 9, 0), true);
        adoptions.record(
                desk.editor(),
                item,
                fixture.outlet("光明日报", OutletLevel.NATIONAL, "报纸").id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 11, 8));
        instructions.record(
                desk.editor(), item, LeaderLevel.CAPITAL, "首都文明办赵主任", LocalDate.of(2021, 11, 9), "请总结经验。", null);

        Period year = Period.year(2021);
        StatisticsReport report = statistics.report(desk.editor(), year);
        Ranking ranking = statistics.ranking(desk.editor(), year);
        List<UnitStatistics> keyStreets = report.rows().stream()
                .filter(r ->
                        r.isKeyUnit() && r.getKindLabel().equals(UnitKind.STREET_TOWN.getLabel()) && r.getScore() > 0)
                .toList();
        // Shared ranks: the top five are the first five places, every street tied on the fifth included.
        long fifth = keyStreets.size() < 5 ? 0 : keyStreets.get(4).getScore();
        List<Long> expectedStreets = keyStreets.stream()
                .filter(r -> r.getScore() >= fifth)
                .map(UnitStatistics::getUnitId)
                .toList();
        assertEquals(
                expectedStreets,
                ranking.streets().stream().map(UnitStatistics::getUnitId).toList());
        assertTrue(ranking.gongwei().stream().allMatch(r -> r.getRank() <= 3)
                && ranking.departments().stream().allMatch(r -> r.getRank() <= 5)
                && ranking.officers().stream().allMatch(o -> o.rank() <= 5));
        for (int i = 1; i < report.rows().size(); i++) {
            UnitStatistics before = report.rows().get(i - 1);
            UnitStatistics r = report.rows().get(i);
            assertEquals(before.getScore() == r.getScore() ? before.getRank() : i + 1, r.getRank());
        }
        assertTrue(ranking.outstanding().stream().noneMatch(UnitStatistics::isKeyUnit));
        for (int i = 1; i < ranking.officers().size(); i++) {
            assertTrue(ranking.officers().get(i - 1).score()
                    >= ranking.officers().get(i).score());
        }
        UnitStatistics mine = row(report, street.unitId());
        assertEquals(1 + 40 + 50, mine.getScore());
        assertTrue(mine.getRank() >= 1 && mine.getRank() <= report.rows().size());

        byte[] xlsx = StatisticsWorkbook.write("海淀区创建首都文明区宣传信息采用情况统计", report);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("2021年度", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2021年度"));
            assertEquals("单位", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(
                    "总分",
                    sheet.getRow(1)
                            .getCell(StatisticsWorkbook.HEADINGS.indexOf("总分"))
                            .getStringCellValue());
            Row found = null;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null
                        && row.getCell(1) != null
                        && street.unitName().equals(row.getCell(1).getStringCellValue())) {
                    found = row;
                }
            }
            assertTrue(found != null, "the unit's row is in the workbook");
            assertEquals(91, (long)
                    found.getCell(StatisticsWorkbook.HEADINGS.indexOf("总分")).getNumericCellValue());
            assertEquals(1, (long)
                    found.getCell(StatisticsWorkbook.HEADINGS.indexOf("国家级全文")).getNumericCellValue());
            assertEquals(mine.getRank(), (long) found.getCell(0).getNumericCellValue());
            Row totals = sheet.getRow(2 + report.rows().size());
            assertEquals("合计", totals.getCell(1).getStringCellValue());
            assertEquals(report.totals().getScore(), (long)
                    totals.getCell(StatisticsWorkbook.HEADINGS.indexOf("总分")).getNumericCellValue());
        }
    }
}
