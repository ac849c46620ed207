package org.briefdesk.it;

import static org.briefdesk.it.BriefingFixture.DAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.AvailableItem;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.EditableIssues;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.infrastructure.export.BriefingFonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Briefing issues in the container: numbering under concurrency, assembly, publication with its
 * exports and adoption records, the refusals that must leave everything as it was, and the leaders'
 * portal with read receipts and instructions. Each test works on its own briefing title.
 */
@ExtendWith(ArquillianExtension.class)
class BriefingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(BriefingIT.class, BriefingFixture.class);
    }

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    IssueReadingService reading;

    @Inject
    EditorialService editorial;

    @Inject
    AdoptionService adoptions;

    @Inject
    AccountService accounts;

    @Inject
    ItemRepository items;

    @Inject
    SimilarLinkRepository links;

    @Inject
    UserTransaction tx;

    @Inject
    BriefingFixture fixture;

    @Test
    void concurrentCreationsGetConsecutiveNumbersAndSupplementsAreNumberedApart() throws Exception {
        long title = fixture.newTitle();
        List<CompletableFuture<IssueView>> racing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racing.add(CompletableFuture.supplyAsync(
                    () -> briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY)));
        }
        List<Integer> numbers = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        for (CompletableFuture<IssueView> f : racing) {
            IssueView v = f.get(60, TimeUnit.SECONDS);
            numbers.add(v.number());
            totals.add(v.totalNumber());
        }
        numbers.sort(null);
        totals.sort(null);
        assertEquals(IntStream.rangeClosed(1, 6).boxed().toList(), numbers, "no number repeated or skipped");
        assertEquals(numbers, totals);

        IssueView supplement = briefings.create(fixture.editor(), title, IssueKind.SUPPLEMENT, DAY);
        assertEquals(1, supplement.number());
        assertNull(supplement.totalNumber(), "增刊 has no running total");
        IssueView special = briefings.create(fixture.editor(), title, IssueKind.SPECIAL, DAY);
        assertEquals("第1期（总第1期）", special.printedNumber());

        IssueView nextYear = briefings.create(fixture.editor(), title, IssueKind.REGULAR, LocalDate.of(2027, 1, 4));
        assertEquals("第1期（总第7期）", nextYear.printedNumber(), "the number restarts each year, the total runs on");
    }

    @Test
    void aRetiredTitleTakesNoNewIssueUntilItIsBackAndOnlyAdministratorsRetireIt() throws Exception {
        long title = fixture.newTitle();
        IssueView before = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        Actor admin = accounts.actor("admin").orElseThrow();
        assertThrows(AccessDenied.class, () -> briefings.setTitleActive(fixture.editor(), title, false));

        briefings.setTitleActive(admin, title, false);
        BusinessRuleViolation retired = assertThrows(
                BusinessRuleViolation.class, () -> briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY));
        assertTrue(retired.getMessage().endsWith("已停用"), retired.getMessage());
        assertEquals(before.id(), briefings.view(fixture.editor(), before.id()).id(), "its issues stay");

        briefings.setTitleActive(admin, title, true);
        assertEquals(
                2,
                briefings
                        .create(fixture.editor(), title, IssueKind.REGULAR, DAY)
                        .number(),
                "numbering goes on");
    }

    @Test
    void anItemAnotherIssueHasPrintedIsFlaggedWhenOfferedAndBeforePublishingAgain() throws Exception {
        long title = fixture.newTitle();
        Item item = fixture.accepted("海淀街道", "海淀街道开展冬季供暖入户走访", "工作动态");
        IssueView first = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        IssueView second = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        first = assembly.add(fixture.editor(), first.id(), first.version(), List.of(item.getId()));

        AvailableItem offered = assembly.available(fixture.editor(), second.id()).stream()
                .filter(a -> a.itemId() == item.getId())
                .findFirst()
                .orElseThrow();
        assertTrue(offered.alsoIn().contains("第" + first.number() + "期（未发布）"), offered.alsoIn());
        second = assembly.add(fixture.editor(), second.id(), second.version(), List.of(item.getId()));
        assertEquals(List.of(), assembly.alreadyPrinted(fixture.editor(), second.id()), "nothing printed yet");

        publication.publish(fixture.editor(), first.id(), first.version());
        List<String> printed = assembly.alreadyPrinted(fixture.editor(), second.id());
        assertEquals(1, printed.size());
        assertTrue(printed.get(0).startsWith("《海淀街道开展冬季供暖入户走访》（已刊于"), printed.get(0));
        assertFalse(printed.get(0).contains("未发布"), printed.get(0));
    }

    @Test
    void anIssueIsAssembledReorderedEditedAndPublishedWithItsFilesAndAdoptions() throws Exception {
        long title = fixture.newTitle();
        Item first = fixture.accepted("海淀街道", "海淀街道开展文明交通引导志愿服务", "工作动态");
        Item second = fixture.accepted("学院路街道", "学院路街道推进背街小巷环境整治", "工作动态");
        Item caseItem = fixture.accepted("区城管委", "区城管委以接诉即办推动垃圾分类", "典型案例");
        IssueView issue = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);

        List<Long> offered = assembly.available(fixture.editor(), issue.id()).stream()
                .map(a -> a.itemId())
                .toList();
        assertTrue(offered.containsAll(List.of(first.getId(), second.getId(), caseItem.getId())));

        issue = assembly.add(
                fixture.editor(),
                issue.id(),
                issue.version(),
                List.of(caseItem.getId(), first.getId(), second.getId()));
        assertEquals(
                List.of("工作动态", "典型案例"),
                issue.sections().stream().map(s -> s.columnName()).toList(),
                "sections follow the column order, not the order of adding");
        assertEquals(List.of(first.getId(), second.getId(), caseItem.getId()), issue.itemIds());

        long secondEntry = issue.sections().get(0).entries().get(1).id();
        issue = assembly.shift(fixture.editor(), issue.id(), issue.version(), secondEntry, -1);
        assertEquals(List.of(second.getId(), first.getId(), caseItem.getId()), issue.itemIds());

        issue = assembly.revise(
                fixture.editor(),
                issue.id(),
                issue.version(),
                secondEntry,
                "学院路街道背街小巷焕新颜",
                "<p>改写后的正文。</p>",
                issue.sections().get(0).columnId());
        assertEquals("学院路街道背街小巷焕新颜", issue.entries().get(0).headline());
        assertEquals(
                "学院路街道推进背街小巷环境整治", items.find(second.getId()).orElseThrow().getTitle(), "the item keeps its own title");
        assertFalse(
                assembly.available(fixture.editor(), issue.id()).stream().anyMatch(a -> a.itemId() == first.getId()),
                "items in the issue are no longer offered");

        IssueView published = publication.publish(fixture.editor(), issue.id(), issue.version());
        assertEquals(IssueStatus.PUBLISHED, published.status());
        for (Item i : List.of(first, second, caseItem)) {
            assertEquals(
                    ItemStatus.PUBLISHED, items.find(i.getId()).orElseThrow().getStatus());
            List<AdoptionView> adopted = adoptions.forItem(fixture.editor(), i.getId());
            assertEquals(1, adopted.size());
            assertEquals(OutletLevel.DISTRICT, adopted.get(0).level());
            assertEquals(AdoptionMode.FULL, adopted.get(0).mode());
            assertEquals(published.briefingName(), adopted.get(0).outletName());
        }
        byte[] pdf =
                reading.file(fixture.editor(), published.id(), ExportFormat.PDF).content();
        byte[] docx = reading.file(fixture.editor(), published.id(), ExportFormat.DOCX)
                .content();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("PK", new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        assertArrayEquals(
                pdf,
                reading.file(fixture.editor(), published.id(), ExportFormat.PDF).content(),
                "published files are stored, not re-rendered");

        long id = published.id();
        long version = published.version();
        Long updates = published.sections().get(0).columnId();
        BusinessRuleViolation frozen = assertThrows(
                BusinessRuleViolation.class,
                () -> assembly.revise(fixture.editor(), id, version, secondEntry, "再改标题", "<p>再改</p>", updates));
        assertEquals("本期已发布，不能再修改", frozen.getMessage());
    }

    @Test
    void publishingRefusesAnEmptyIssueAndAnEntryWhoseItemWasRejectedAndChangesNothing() throws Exception {
        long title = fixture.newTitle();
        IssueView empty = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        BusinessRuleViolation none = assertThrows(
                BusinessRuleViolation.class, () -> publication.publish(fixture.editor(), empty.id(), empty.version()));
        assertTrue(none.getMessage().contains("还没有编入任何信息"), none.getMessage());

        Item kept = fixture.accepted("海淀街道", "海淀街道举办文明家庭评选", "工作动态");
        Item dropped = fixture.accepted("学院路街道", "学院路街道开展网络文明宣传", "工作动态");
        IssueView issue =
                assembly.add(fixture.editor(), empty.id(), empty.version(), List.of(kept.getId(), dropped.getId()));
        Item d = items.find(dropped.getId()).orElseThrow();
        editorial.reject(fixture.editor(), d.getId(), d.getVersion(), "与已刊发信息重复");

        long version = issue.version();
        BusinessRuleViolation rejected = assertThrows(
                BusinessRuleViolation.class, () -> publication.publish(fixture.editor(), empty.id(), version));
        assertTrue(rejected.getMessage().contains("第2条“学院路街道开展网络文明宣传”的原信息已不予采用"), rejected.getMessage());
        assertEquals(
                IssueStatus.DRAFT, briefings.view(fixture.editor(), empty.id()).status());
        assertEquals(
                ItemStatus.ACCEPTED,
                items.find(kept.getId()).orElseThrow().getStatus(),
                "nothing was marked as printed");
        assertTrue(adoptions.forItem(fixture.editor(), kept.getId()).isEmpty(), "no adoption was recorded");
    }

    @Test
    void badInputAndAStaleVersionGetClearMessagesAndLeaveTheEntryAsItWas() throws Exception {
        long title = fixture.newTitle();
        Item item = fixture.accepted("区城管委", "区城管委开展占道经营专项治理", "工作动态");
        IssueView issue = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        IssueView added = assembly.add(fixture.editor(), issue.id(), issue.version(), List.of(item.getId()));
        long entry = added.entries().get(0).id();

        BusinessRuleViolation tooLong = assertThrows(
                BusinessRuleViolation.class,
                () -> assembly.revise(
                        fixture.editor(),
                        issue.id(),
                        added.version(),
                        entry,
                        "长".repeat(10_000),
                        "<p>正文</p>",
                        added.sections().get(0).columnId()));
        assertEquals("标题不能超过200个字", tooLong.getMessage());
        assertEquals(
                "区城管委开展占道经营专项治理",
                briefings.view(fixture.editor(), issue.id()).entries().get(0).headline());

        BusinessRuleViolation stale = assertThrows(
                BusinessRuleViolation.class,
                () -> assembly.remove(fixture.editor(), issue.id(), added.version() - 1, entry));
        assertEquals(EditableIssues.STALE, stale.getMessage());

        BusinessRuleViolation again = assertThrows(
                BusinessRuleViolation.class,
                () -> assembly.add(fixture.editor(), issue.id(), added.version(), List.of(item.getId())));
        assertTrue(again.getMessage().contains("已在本期中"), again.getMessage());
        assertEquals(1, briefings.view(fixture.editor(), issue.id()).entryCount());
    }

    @Test
    void aMissingFontStopsPublicationWithAClearMessageAndNothingChanges() throws Exception {
        long title = fixture.newTitle();
        Item item = fixture.accepted("海淀街道", "海淀街道开展垃圾分类入户宣传", "工作动态");
        IssueView issue = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        IssueView added = assembly.add(fixture.editor(), issue.id(), issue.version(), List.of(item.getId()));
        Path emptyFonts = Files.createTempDirectory("no-fonts");
        String before = System.getProperty(BriefingFonts.DIR_PROPERTY);
        System.setProperty(BriefingFonts.DIR_PROPERTY, emptyFonts.toString());
        try {
            BusinessRuleViolation e = assertThrows(
                    BusinessRuleViolation.class,
                    () -> publication.publish(fixture.editor(), issue.id(), added.version()));
            assertTrue(e.getMessage().contains(emptyFonts.toString()), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(BriefingFonts.DIR_PROPERTY);
            } else {
                System.setProperty(BriefingFonts.DIR_PROPERTY, before);
            }
            Files.delete(emptyFonts);
        }
        assertEquals(
                IssueStatus.DRAFT, briefings.view(fixture.editor(), issue.id()).status());
        assertEquals(ItemStatus.ACCEPTED, items.find(item.getId()).orElseThrow().getStatus());
        assertEquals(
                IssueStatus.PUBLISHED,
                publication
                        .publish(fixture.editor(), issue.id(), added.version())
                        .status(),
                "with the fonts back the same issue publishes");
    }

    @Test
    void leadersReadOnlyPublishedIssuesDistributedToThemAndTheirReadingsAndInstructionsReachTheEditor()
            throws Exception {
        long title = fixture.newTitle();
        Item item = fixture.accepted("学院路街道", "学院路街道打造“15分钟便民生活圈”", "经验交流");
        IssueView issue = briefings.create(fixture.editor(), title, IssueKind.REGULAR, DAY);
        assertTrue(issue.recipients().contains(fixture.leader().accountId()), "leaders receive new issues by default");
        IssueView added = assembly.add(fixture.editor(), issue.id(), issue.version(), List.of(item.getId()));

        assertThrows(
                NotFound.class, () -> reading.open(fixture.leader(), issue.id()), "a draft is not shown to leaders");
        IssueView published = publication.publish(fixture.editor(), issue.id(), added.version());
        assertNull(readAt(issue.id()), "not read yet");

        assertTrue(reading.myIssues(fixture.leader(), 50).stream().anyMatch(i -> i.id() == issue.id()));
        reading.open(fixture.leader(), issue.id());
        Instant firstRead = readAt(issue.id());
        assertTrue(firstRead != null, "the editor sees the read receipt");
        reading.open(fixture.leader(), issue.id());
        assertEquals(firstRead, readAt(issue.id()), "the first reading counts");

        long entry = published.entries().get(0).id();
        InstructionView written = reading.instruct(fixture.leader(), issue.id(), entry, "经验很好，请区商务局总结推广。");
        assertEquals(LeaderLevel.DISTRICT, written.level());
        assertEquals("张区长", written.leaderName());
        List<InstructionView> seen = reading.instructionsOn(fixture.editor(), issue.id());
        assertEquals(
                List.of("经验很好，请区商务局总结推广。"),
                seen.stream().map(InstructionView::text).toList());

        Actor officer = accounts.actor("haidian").orElseThrow();
        assertThrows(AccessDenied.class, () -> reading.open(officer, issue.id()), "not distributed to officers");
        assertThrows(AccessDenied.class, () -> reading.instruct(officer, issue.id(), entry, "批示"));
    }

    /** When the demo leader (张区长) first read the issue, as the editor's receipt list shows it. */
    private Instant readAt(long issueId) {
        return briefings.receipts(fixture.editor(), issueId).stream()
                .filter(r -> r.name().equals("张区长"))
                .findFirst()
                .orElseThrow()
                .readAt();
    }

    @Test
    void aSpecialIssueIsMadeFromOneEventsReportsInOneStep() throws Exception {
        long title = fixture.newTitle();
        Item a = fixture.accepted("海淀街道", "海淀街道组织“文明中关村”主题志愿服务", "工作动态");
        Item b = fixture.accepted("学院路街道", "学院路街道参与“文明中关村”志愿服务日活动", "工作动态");
        Item unrelated = fixture.accepted("区城管委", "区城管委部署冬季清雪工作", "工作动态");
        tx.begin();
        links.replaceFrom(
                b.getId(),
                List.of(new SimilarLink(b.getId(), a.getId(), MatchClass.SAME_EVENT, 0.7, "同一活动", Instant.now())));
        links.replaceFrom(
                unrelated.getId(),
                List.of(new SimilarLink(unrelated.getId(), a.getId(), MatchClass.RELATED, 0.2, null, Instant.now())));
        tx.commit();

        IssueView special = assembly.specialFromEvent(fixture.editor(), title, IssueKind.SPECIAL, DAY, a.getId());
        assertEquals(IssueKind.SPECIAL, special.kind());
        assertEquals(List.of(a.getId(), b.getId()), special.itemIds(), "the event's reports, not the related item");
        assertNull(special.sections().get(0).columnName(), "one event is printed without column headings");
        assertThrows(
                BusinessRuleViolation.class,
                () -> assembly.specialFromEvent(fixture.editor(), title, IssueKind.REGULAR, DAY, a.getId()));
    }
}
