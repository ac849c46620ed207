package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.upward.UpwardService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.upward.UpwardChannel;
import org.briefdesk.it.AuthorizationTable.Who;

/**
 * The objects both access tests ask for, made once per deployment: a unit's draft with an attachment,
 * an item the unit submitted, another unit's accepted item with an attachment, a published issue for
 * one leader and a draft issue, the accepted item's adoption (by that issue) and an instruction on it,
 * an import run, a token to revoke, and a Bearer token for each caller.
 */
abstract class AccessFixture {

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    ArchiveImportService imports;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    AttachmentService attachments;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    AdoptionService adoptions;

    @Inject
    UnitService unitService;

    @Inject
    UpwardService upward;

    @Inject
    InstructionService instructions;

    /** The items, files and issues of the object-level cases, made once per deployment. */
    record Fixture(
            long draftA,
            long submittedA,
            long acceptedB,
            long attachmentOfDraftA,
            long attachmentOfB,
            long publishedIssue,
            long draftIssue,
            long officerAccountA,
            long tokenOfA,
            long importRun,
            long unitIssue,
            long adoptionOfB,
            long instructionOnB,
            Map<Who, String> bearer,
            Map<Who, String> login) {}

    private static Fixture fixture;
    /** An upward send of unit B's accepted item (对口上报), for the cases that ask for one. */
    static long upwardSend;

    synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        Actor admin = accounts.actor("admin").orElseThrow();
        Actor editor = accounts.actor("editor").orElseThrow();
        Actor officerA = accounts.actor("haidian").orElseThrow();
        Actor officerB = accounts.actor("xueyuanlu").orElseThrow();
        String otherLeader = "matrix" + System.nanoTime() % 1_000_000;
        long otherLeaderId = accounts.create(
                        admin, new AccountForm(otherLeader, "赵副区长", "Zhao#Leader2026", Role.LEADER, null))
                .id();
        // An initial password opens nothing but 修改密码; this leader has chosen their own.
        accounts.changeOwnPassword(accounts.actor(otherLeader).orElseThrow(), "Zhao#Leader2026", "Zhao#Fuquzhang2027");

        ItemView draftA = officerItems.createDraft(officerA, content("海淀街道社区议事厅建设情况（草稿）"), null);
        long attachmentOfDraftA = attachments
                .attach(officerA, draftA.id(), "议事厅说明.txt", "海淀街道社区议事厅建设说明".getBytes(StandardCharsets.UTF_8))
                .id();
        ItemView submittedA = officerItems.createDraft(officerA, content("海淀街道开展冬季消防安全检查"), null);
        submittedA = officerItems.submit(officerA, submittedA.id(), submittedA.version());
        ItemView draftB = officerItems.createDraft(officerB, content("学院路街道开展冬季消防安全宣传"), null);
        long attachmentOfB = attachments
                .attach(officerB, draftB.id(), "宣传安排.txt", "学院路街道消防安全宣传安排".getBytes(StandardCharsets.UTF_8))
                .id();
        draftB = officerItems.submit(officerB, draftB.id(), draftB.version());
        ItemView b = editorial.accept(editor, draftB.id(), draftB.version());
        b = editorial.tag(
                editor,
                b.id(),
                b.version(),
                List.of(columns.findByName("工作动态").orElseThrow().getId()));

        TitleView title = briefings.saveTitle(
                admin,
                null,
                "矩阵测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        IssueView published = briefings.create(editor, title.id(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 1));
        published = assembly.add(editor, published.id(), published.version(), List.of(b.id()));
        long leaderId = accounts.actor("leader").orElseThrow().accountId();
        published = briefings.describe(
                editor,
                published.id(),
                published.version(),
                new IssueHeader(published.issueDate(), null, published.distribution(), null, false, List.of(leaderId)));
        published = publication.publish(editor, published.id(), published.version());
        long adoptionOfB = adoptions.forItem(editor, b.id()).get(0).id();
        long instructionOnB = instructions
                .record(editor, b.id(), LeaderLevel.DISTRICT, "王明", LocalDate.of(2026, 12, 1), "请总结推广。", null)
                .id();
        IssueView draftIssue = briefings.create(editor, title.id(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 2));
        // An issue sent (送) to the member units, of which unit A is one and unit B is not.
        unitService.setMember(admin, officerA.unitId(), true);
        ItemView draftForUnits = officerItems.createDraft(officerB, content("学院路街道开展冬季防火宣传"), null);
        draftForUnits = officerItems.submit(officerB, draftForUnits.id(), draftForUnits.version());
        ItemView forUnits = editorial.accept(editor, draftForUnits.id(), draftForUnits.version());
        IssueView unitIssue = briefings.create(editor, title.id(), IssueKind.SUPPLEMENT, LocalDate.of(2026, 12, 3));
        unitIssue = assembly.add(editor, unitIssue.id(), unitIssue.version(), List.of(forUnits.id()));
        unitIssue = briefings.describe(
                editor,
                unitIssue.id(),
                unitIssue.version(),
                new IssueHeader(
                        unitIssue.issueDate(), null, unitIssue.distribution(), null, false, List.of(), true, false));
        unitIssue = publication.publish(editor, unitIssue.id(), unitIssue.version());

        Map<Who, String> login = new EnumMap<>(Who.class);
        login.put(Who.OFFICER_A, "haidian");
        login.put(Who.OFFICER_B, "xueyuanlu");
        login.put(Who.EDITOR, "editor");
        login.put(Who.LEADER_RECIPIENT, "leader");
        login.put(Who.LEADER_OTHER, otherLeader);
        login.put(Who.ADMIN, "admin");
        Map<Who, String> bearer = new EnumMap<>(Who.class);
        for (Map.Entry<Who, String> e : login.entrySet()) {
            Actor actor = accounts.actor(e.getValue()).orElseThrow();
            bearer.put(
                    e.getKey(),
                    tokens.create(admin, actor.accountId(), "权限矩阵测试").value());
        }
        long tokenOfA =
                tokens.create(admin, officerA.accountId(), "待吊销的令牌").token().id();
        login.put(Who.LEADER_OTHER, otherLeader + ":Zhao#Fuquzhang2027");
        fixture = new Fixture(
                draftA.id(),
                submittedA.id(),
                b.id(),
                attachmentOfDraftA,
                attachmentOfB,
                published.id(),
                draftIssue.id(),
                officerA.accountId(),
                tokenOfA,
                imports.upload(
                                admin,
                                "权限矩阵.jsonl",
                                new java.io.ByteArrayInputStream(
                                        "{\"title\":\"权限矩阵\"}".getBytes(StandardCharsets.UTF_8)),
                                1_000_000,
                                null)
                        .id(),
                unitIssue.id(),
                adoptionOfB,
                instructionOnB,
                bearer,
                login);
        assertTrue(otherLeaderId > 0);
        upwardSend = upward.send(
                        editor,
                        new UpwardService.UpwardForm(
                                "首都文明办", null, UpwardChannel.DOWNLOAD, List.of(fixture.acceptedB()), null))
                .id();
        return fixture;
    }

    private static ItemContent content(String title) {
        return new ItemContent(
                title,
                "<p>12月1日，" + title + "，共检查点位32处，发现问题5处，已当场整改。</p>",
                LocalDate.of(2026, 12, 1),
                null,
                false,
                null);
    }
}
