package org.briefdesk.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.rhythm.PeriodicReportService;
import org.briefdesk.application.scoring.ScoreLedger;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionSource;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.report.ReportKind;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.Recording;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scoring benchmark (not part of the test suite: run by bin/bench-scoring). Loads one year of a
 * district's records once — 60 units, 20,000 items, 6,000 adoptions, 500 instructions — through
 * the real entities and score ledger, then times the monthly report and the annual ranking and
 * writes the figures to bench-scoring.txt in the server's data directory.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringBench {

    static final int UNITS = 60;
    static final int ITEMS = 20_000;
    static final int ADOPTIONS = 6_000;
    static final int INSTRUCTIONS = 500;
    static final String PREFIX = "基准单位";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ScoringBench.class);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    ScoreLedger ledger;

    @Inject
    PeriodicReportService periodicReports;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private final List<String> out = new ArrayList<>();
    private final int year = LocalDate.now(DistrictTime.ZONE).getYear() - 1;

    @Test
    void oneYearOfRecords() throws Exception {
        long loaded = em.createQuery("select count(u) from Unit u where u.name like :p", Long.class)
                .setParameter("p", PREFIX + "%")
                .getSingleResult();
        if (loaded == 0) {
            long t0 = System.nanoTime();
            load();
            print(
                    "loaded %d units, %d items, %d adoptions, %d instructions of %d in %.1f s",
                    UNITS, ITEMS, ADOPTIONS, INSTRUCTIONS, year, (System.nanoTime() - t0) / 1e9);
        }
        print(
                "database: %s",
                em.createNativeQuery("select count(*) from item").getSingleResult() + " items, "
                        + em.createNativeQuery("select count(*) from score_line")
                                .getSingleResult() + " score lines");
        Actor editor = new Actor(0, "bench", "基准测试", Role.EDITOR, null, null);
        time("monthly report (warm-up)", () -> statistics.report(editor, Period.month(YearMonth.of(year, 1))));
        double worst = 0;
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            int month = m;
            double s = time(null, () -> statistics.report(editor, Period.month(YearMonth.of(year, month))));
            worst = Math.max(worst, s);
            sum += s;
        }
        print(
                "monthly report: mean %.0f ms, worst %.0f ms over 12 months (target < 1000 ms)",
                sum / 12 * 1000, worst * 1000);
        time("quarterly report", () -> statistics.report(editor, Period.quarter(year, 4)));
        time("annual report", () -> statistics.report(editor, Period.year(year)));
        time("half-year ranking", () -> statistics.ranking(editor, Period.halfYear(year, 2)));
        double ranking = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            ranking = Math.min(ranking, time(null, () -> statistics.ranking(editor, Period.year(year))));
        }
        print("annual ranking: best of 3 %.0f ms (target < 2000 ms)", ranking * 1000);
        time("unit trend (12 months)", () -> statistics.trend(editor, firstBenchUnit(), year));
        monthlyRuns();
        Path file = Path.of(System.getProperty("jboss.server.data.dir", "."), "bench-scoring.txt");
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    /**
     * The scheduled monthly run (定期通报): statistics, XLSX, Word and PDF files, storage and the
     * notices to every unit, once per month of the year; earlier bench runs' reports are removed first.
     */
    private void monthlyRuns() throws Exception {
        tx.begin();
        for (String table :
                List.of("periodic_report_file", "periodic_report_unit", "periodic_report_leader", "periodic_report")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        tx.commit();
        double worst = 0;
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            Period month = Period.month(YearMonth.of(year, m));
            ZonedDateTime due = month.to().plusDays(1).atTime(9, 0).atZone(DistrictTime.ZONE);
            double s = time(null, () -> periodicReports.generate(ReportKind.MONTHLY, month, due));
            worst = Math.max(worst, s);
            sum += s;
        }
        print(
                "monthly run (通报: statistics, XLSX, Word, PDF, stored, notices to every unit): mean %.0f ms, worst %.0f ms over 12 months",
                sum / 12 * 1000, worst * 1000);
        Period wholeYear = Period.year(year);
        time(
                "annual ranking run",
                () -> periodicReports.generate(
                        ReportKind.ANNUAL,
                        wholeYear,
                        wholeYear.to().plusDays(3).atTime(9, 0).atZone(DistrictTime.ZONE)));
    }

    private long firstBenchUnit() {
        return em.createQuery("select min(u.id) from Unit u where u.name like :p", Long.class)
                .setParameter("p", PREFIX + "%")
                .getSingleResult();
    }

    private double time(String label, Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        double s = (System.nanoTime() - t0) / 1e9;
        if (label != null) {
            print("%s: %.0f ms", label, s * 1000);
        }
        return s;
    }

    private void print(String format, Object... args) {
        String line = String.format(format, args);
        out.add(line);
        System.out.println("[bench-scoring] " + line);
    }

    private void load() throws Exception {
        Random random = new Random(2026);
        List<Long> unitIds = new ArrayList<>();
        List<Long> authorIds = new ArrayList<>();
        List<Long> outletIds = new ArrayList<>();
        tx.begin();
        for (int u = 0; u < UNITS; u++) {
            UnitKind kind = u < 8 ? UnitKind.GONGWEI : u < 30 ? UnitKind.DEPARTMENT : UnitKind.STREET_TOWN;
            Unit unit = new Unit(PREFIX + (u + 1), "基准" + (u + 1), kind, u % 4 != 3);
            em.persist(unit);
            Account officer = new Account("bench" + (u + 1), "基准信息员" + (u + 1), DemoData.PASSWORD, Role.OFFICER, unit);
            em.persist(officer);
            unitIds.add(unit.getId());
            authorIds.add(officer.getId());
        }
        OutletLevel[] levels = OutletLevel.values();
        for (int o = 0; o < 9; o++) {
            Outlet outlet = new Outlet("基准刊物" + (o + 1), levels[o % 3], "报纸");
            em.persist(outlet);
            outletIds.add(outlet.getId());
        }
        tx.commit();

        LocalDate jan1 = LocalDate.of(year, 1, 1);
        List<Long> itemIds = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            if (i % 500 == 0) {
                tx.begin();
            }
            int u = random.nextInt(UNITS);
            Instant at = jan1.plusDays(random.nextInt(365))
                    .atTime(8 + random.nextInt(10), random.nextInt(60))
                    .atZone(DistrictTime.ZONE)
                    .toInstant();
            Item item = new Item(
                    em.getReference(Unit.class, unitIds.get(u)),
                    em.getReference(Account.class, authorIds.get(u)),
                    new ItemContent(
                            "基准信息第" + (i + 1) + "条：街道开展文明创建活动",
                            "<p>第" + (i + 1) + "条。组织志愿者开展文明引导，服务群众200余人次。</p>",
                            null,
                            null,
                            false,
                            null),
                    at);
            item.submit(at);
            if (random.nextInt(10) < 7) {
                item.accept();
            }
            em.persist(item);
            itemIds.add(item.getId());
            if (i % 500 == 499) {
                tx.commit();
                em.clear();
            }
        }
        LocalDate today = LocalDate.now(DistrictTime.ZONE);
        for (int a = 0; a < ADOPTIONS + INSTRUCTIONS; a++) {
            if (a % 250 == 0) {
                tx.begin();
            }
            Item item = em.find(Item.class, itemIds.get(random.nextInt(ITEMS)));
            LocalDate on = item.getSubmittedAt()
                    .atZone(DistrictTime.ZONE)
                    .toLocalDate()
                    .plusDays(1 + random.nextInt(20));
            on = on.isAfter(today) ? today : on;
            if (a < ADOPTIONS) {
                em.persist(new Adoption(
                        item,
                        em.find(Outlet.class, outletIds.get(random.nextInt(outletIds.size()))),
                        random.nextBoolean() ? AdoptionMode.FULL : AdoptionMode.COMBINED,
                        on,
                        null,
                        new Recording(null, "基准测试", Instant.now()),
                        today));
            } else {
                em.persist(new Instruction(
                        item,
                        LeaderLevel.values()[random.nextInt(3)],
                        "基准领导",
                        on,
                        "请总结推广。",
                        null,
                        InstructionSource.PAPER,
                        new Recording(null, "基准测试", Instant.now()),
                        today));
            }
            em.flush();
            ledger.rescore(item);
            if (a % 250 == 249) {
                tx.commit();
                em.clear();
            }
        }
    }
}
