package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.AvailableItem;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.TrailEntry;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.scoring.ScoringService;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Corrections (更正): adoption and instruction records withdrawn or corrected by editors with a reason,
 * audited, with scores and statistics following at once; an unpublished issue deleted with its items
 * available again; 密级 and 份号 on an issue and in its Word file; the evaluation exported to XLSX and Word.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(CorrectionsIT.class, DeskFixture.class);
    }

    @Inject
    DeskFixture desk;

    @Inject
    AdoptionService adoptions;

    @Inject
    InstructionService instructions;

    @Inject
    OutletService outlets;

    @Inject
    ScoringService scoring;

    @Inject
    StatisticsService statistics;

    @Inject
    EditorialService editorial;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssueReadingService reading;

    @Inject
    IssuePublication publication;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final YearMonth APRIL = YearMonth.of(2021, 4);

    @Test
    void aWithdrawnAdoptionStopsScoringAndTheTrailSaysWhoWhenAndWhy() throws Exception {
        Actor officer = officerOf("曙光街道");
        long item = acceptedItem(officer, "曙光街道试行楼门文明公约");
        long before = score(item);
        AdoptionView city = adoptions.record(
                desk.editor(),
                item,
                outlets.create(desk.editor(), "北京日报" + run, OutletLevel.CITY, "报纸")
                        .id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 4, 12));
        long adopted = score(item);
        assertTrue(adopted > before, "the adoption scored");
        assertEquals(1, row(officer).getCityFull());

        assertEquals(
                "撤销或更正的理由不能为空",
                assertThrows(BusinessRuleViolation.class, () -> adoptions.withdraw(desk.editor(), city.id(), "  "))
                        .getMessage());
        assertThrows(AccessDenied.class, () -> adoptions.withdraw(officer, city.id(), "本单位认为有误"));
        assertEquals(adopted, score(item), "a refused withdrawal changes nothing");

        adoptions.withdraw(desk.editor(), city.id(), "误录：北京日报未刊发，系内部交流材料");
        assertEquals(before, score(item), "the score follows at once");
        assertEquals(0, row(officer).getCityFull(), "and so do the month's statistics");
        assertTrue(adoptions.forItem(desk.editor(), item).isEmpty());
        TrailEntry last = trail(item).get(trail(item).size() - 1);
        assertEquals(AuditAction.ADOPTION_WITHDRAWN, last.action());
        assertEquals("王编辑", last.actorName());
        assertTrue(
                last.detail().contains("北京日报" + run) && last.detail().endsWith("理由：误录：北京日报未刊发，系内部交流材料"), last.detail());
        assertTrue(assertThrows(BusinessRuleViolation.class, () -> adoptions.withdraw(desk.editor(), city.id(), "再撤一次"))
                .getMessage()
                .contains("已被王编辑撤销"));
    }

    @Test
    void aCorrectedAdoptionIsReplacedAndTheScoreFollowsTheCorrection() throws Exception {
        Actor officer = officerOf("清河街道");
        long item = acceptedItem(officer, "清河街道建成口袋公园");
        AdoptionView district = adoptions.record(
                desk.editor(),
                item,
                outlets.create(desk.editor(), "海淀报" + run, OutletLevel.DISTRICT, "报纸")
                        .id(),
                AdoptionMode.FULL,
                LocalDate.of(2021, 4, 8));
        long atDistrict = score(item);
        AdoptionView national = adoptions.correct(
                desk.editor(),
                district.id(),
                outlets.create(desk.editor(), "人民日报" + run, OutletLevel.NATIONAL, "报纸")
                        .id(),
                AdoptionMode.COMBINED,
                LocalDate.of(2021, 4, 9),
                "刊物录错：实为人民日报综合采用");
        assertEquals(
                List.of(national.id()),
                adoptions.forItem(desk.editor(), item).stream()
                        .map(AdoptionView::id)
                        .toList());
        assertTrue(score(item) != atDistrict, "scored as the national adoption now");
        UnitStatistics april = row(officer);
        assertEquals(0, april.getDistrictFull());
        assertEquals(1, april.getNationalCombined());
        TrailEntry last = trail(item).get(trail(item).size() - 1);
        assertEquals(AuditAction.ADOPTION_CORRECTED, last.action());
        assertTrue(last.detail().startsWith("海淀报" + run) && last.detail().contains(" → 人民日报" + run), last.detail());
    }

    @Test
    void instructionsAreWithdrawnAndCorrectedLikewise() throws Exception {
        Actor officer = officerOf("马连洼街道");
        long item = acceptedItem(officer, "马连洼街道开展老旧小区加装电梯协商");
        long before = score(item);
        InstructionView paper = instructions.record(
                desk.editor(), item, LeaderLevel.DISTRICT, "王明", LocalDate.of(2021, 4, 9), "请区住建委跟进。", null);
        long instructed = score(item);
        InstructionView corrected = instructions.correct(
                desk.editor(), paper.id(), LeaderLevel.CITY, "李华", LocalDate.of(2021, 4, 9), "请市住建委总结推广。", "批示领导录错");
        assertTrue(score(item) > instructed, "a city leader's instruction scores more");
        assertEquals(1, row(officer).getInstructions());
        assertEquals("李华", instructions.forItem(desk.editor(), item).get(0).leaderName());
        instructions.withdraw(desk.editor(), corrected.id(), "该批示针对的是另一条信息");
        assertEquals(before, score(item));
        assertEquals(0, row(officer).getInstructions());
        assertEquals(
                List.of(AuditAction.INSTRUCTED, AuditAction.INSTRUCTION_CORRECTED, AuditAction.INSTRUCTION_WITHDRAWN),
                trail(item).stream()
                        .map(TrailEntry::action)
                        .filter(a -> a.name().startsWith("INSTRUCT"))
                        .toList());
    }

    @Test
    void anUnpublishedIssueCanBeDeletedAndItsItemsAreAvailableAgain() throws Exception {
        long titleId = briefings.activeTitles(desk.editor()).get(0).id();
        IssueView issue = briefings.create(desk.editor(), titleId, IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 4));
        AvailableItem chosen = assembly.available(desk.editor(), issue.id()).get(0);
        issue = assembly.add(desk.editor(), issue.id(), issue.version(), List.of(chosen.itemId()));
        long id = issue.id();
        long version = issue.version();
        assertTrue(assembly.available(desk.editor(), id).stream().noneMatch(a -> a.itemId() == chosen.itemId()));
        assertThrows(AccessDenied.class, () -> briefings.delete(desk.admin(), id, version));

        briefings.delete(desk.editor(), id, version);
        assertTrue(briefings.issues(desk.editor(), null, 500).stream().noneMatch(v -> v.id() == id));
        IssueView next = briefings.create(desk.editor(), titleId, IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 4));
        assertTrue(
                assembly.available(desk.editor(), next.id()).stream().anyMatch(a -> a.itemId() == chosen.itemId()),
                "the item is available to the next issue");
        TrailEntry last = trail(chosen.itemId()).get(trail(chosen.itemId()).size() - 1);
        assertEquals(AuditAction.ISSUE_DELETED, last.action());
        assertEquals("王编辑", last.actorName());
        briefings.delete(desk.editor(), next.id(), next.version());
    }

    @Test
    void aPublishedIssueIsNeverDeleted() throws Exception {
        long titleId = briefings.activeTitles(desk.editor()).get(0).id();
        IssueView issue = briefings.create(desk.editor(), titleId, IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 3));
        AvailableItem chosen = assembly.available(desk.editor(), issue.id()).get(0);
        issue = assembly.add(desk.editor(), issue.id(), issue.version(), List.of(chosen.itemId()));
        IssueView published = publication.publish(desk.editor(), issue.id(), issue.version());
        assertEquals(
                "已发布的期次不能删除",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> briefings.delete(desk.editor(), published.id(), published.version()))
                        .getMessage());
    }

    @Test
    void classificationAndCopyNumberAreSetWhereNeededAndPrintedInTheWordFile() throws Exception {
        long titleId = briefings.activeTitles(desk.editor()).get(0).id();
        IssueView issue = briefings.create(desk.editor(), titleId, IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 5));
        IssueView draft = issue;
        assertEquals(
                "份号只能填写数字，例如 000012",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> briefings.describe(
                                        desk.editor(), draft.id(), draft.version(), header(draft, "内部资料", "第12份")))
                        .getMessage());
        issue = briefings.describe(desk.editor(), issue.id(), issue.version(), header(issue, "内部资料", "000012"));
        assertEquals("内部资料", issue.classification());
        assertEquals("000012", issue.copyNumber());
        String text = wordText(
                reading.file(desk.editor(), issue.id(), ExportFormat.DOCX).content());
        assertTrue(text.indexOf("内部资料") < text.indexOf(issue.briefingName()), "密级 before the title: " + text);
        assertTrue(text.contains("000012"), text);
        issue = briefings.describe(desk.editor(), issue.id(), issue.version(), header(issue, " ", null));
        assertEquals(null, issue.classification(), "blank: not printed");
        briefings.delete(desk.editor(), issue.id(), issue.version());
    }

    @Test
    void theEvaluationIsExportedToExcelAndWord() throws Exception {
        Period year = Period.year(2026);
        var ranking = statistics.ranking(desk.editor(), year);
        var xlsx = statistics.rankingWorkbook(desk.editor(), year);
        assertEquals("考核评比-" + year.label() + ".xlsx", xlsx.fileName());
        String sheet;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()));
                XSSFExcelExtractor x = new XSSFExcelExtractor(wb)) {
            sheet = x.getText();
        }
        assertTrue(sheet.contains("宣传信息工作考核评比（" + year.label() + "）") && sheet.contains("优秀街道、乡镇（前5名）"), sheet);
        for (UnitStatistics s : ranking.streets()) {
            assertTrue(sheet.contains(s.getUnitName()), s.getUnitName());
        }
        var docx = statistics.rankingDocument(desk.editor(), year);
        assertTrue(docx.fileName().endsWith(".docx"));
        String word = wordText(docx.content());
        assertTrue(word.contains(year.label() + "宣传信息工作考核评比结果") && word.contains("优秀信息员（前5名）"), word);
        for (UnitStatistics s : ranking.gongwei()) {
            assertTrue(word.contains(s.getUnitName()), s.getUnitName());
        }
    }

    // ---- helpers

    private static IssueHeader header(IssueView v, String classification, String copyNumber) {
        return new IssueHeader(
                v.issueDate(),
                v.editorNote(),
                v.distribution(),
                v.extraRecipients(),
                false,
                List.copyOf(v.recipients()),
                v.toMemberUnits(),
                v.toAllUnits(),
                classification,
                copyNumber);
    }

    private static String wordText(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    /** A key street of this run with one officer. */
    private Actor officerOf(String name) throws Exception {
        return desk.officer(desk.newUnitNamed(name + run, true), name + "信息员", null);
    }

    /** An item of the officer's unit, submitted on 2021-04-02 and accepted. */
    private long acceptedItem(Actor officer, String title) throws Exception {
        return desk.itemSubmittedAt(officer, title, LocalDateTime.of(2021, 4, 2, 10, 0), true);
    }

    private long score(long item) {
        return scoring.explain(desk.editor(), item).get(0).total();
    }

    private UnitStatistics row(Actor officer) {
        return statistics.report(desk.editor(), Period.month(APRIL)).rows().stream()
                .filter(r -> r.getUnitId().equals(officer.unitId()))
                .findFirst()
                .orElseThrow();
    }

    private List<TrailEntry> trail(long item) {
        return editorial.auditTrail(desk.editor(), item);
    }
}
