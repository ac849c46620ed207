package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.AccountView;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueSignOff;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.application.outcome.ItemOutcomes;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 签发 and 印发各单位: with sign-off on, an issue is published only after a signer other than its
 * assembler signed it (name and date on the issue, its Word file and every item's trail); turned off,
 * editors publish as before. An issue sent to the member units is read by their officers (receipts per
 * unit) and by no other unit, whichever way they ask.
 */
@ExtendWith(ArquillianExtension.class)
class SignOffAndDistributionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SignOffAndDistributionIT.class, DeskFixture.class);
    }

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    IssueSignOff signOff;

    @Inject
    IssueReadingService reading;

    @Inject
    EditorialService editorial;

    @Inject
    ItemOutcomes outcomes;

    @Inject
    AccountService accounts;

    @Inject
    DeskFixture desk;

    @Inject
    NoticeService notices;

    private static int made;

    @Test
    void withSignOffOnAnIssueIsPublishedOnlyAfterASignerOtherThanItsAssemblerSignedIt() throws Exception {
        Actor assembler = editor("组稿编辑" + made, true);
        Actor signer = editor("李主任", true);
        TitleView title = title(true);
        Actor officer = desk.officer(desk.newUnit("羊坊店街道"), "羊坊店信息员", null);
        IssueView issue = draftWith(assembler, title, desk.accepted(officer, "羊坊店街道开展文明交通劝导"));

        var unsigned = assertThrows(
                BusinessRuleViolation.class, () -> publication.publish(assembler, issue.id(), issue.version()));
        assertTrue(unsigned.getMessage().contains("尚未签发"), unsigned.getMessage());
        IssueView inReview = briefings.submitForReview(assembler, issue.id(), issue.version());
        assertTrue(kindsOf(signer).contains(NoticeKind.ISSUE_AWAITING_SIGNOFF.getLabel()), "the signer is asked");
        assertTrue(
                !kindsOf(assembler).contains(NoticeKind.ISSUE_AWAITING_SIGNOFF.getLabel()),
                "the assembler, a signer too, is not asked to sign their own issue");
        assertThrows(BusinessRuleViolation.class, () -> signOff.signOff(assembler, inReview.id(), inReview.version()));
        Actor notASigner = editor("普通编辑", false);
        assertThrows(AccessDenied.class, () -> signOff.signOff(notASigner, inReview.id(), inReview.version()));

        IssueView signed = signOff.signOff(signer, inReview.id(), inReview.version());

        assertEquals("李主任", signed.signedBy());
        assertNotNull(signed.signedAt());
        NoticeView told = notices.unread(assembler, 50).stream()
                .filter(n -> n.kind().equals(NoticeKind.ISSUE_SIGNED_OFF.getLabel()))
                .findFirst()
                .orElseThrow();
        assertTrue(told.text().contains("已由李主任签发"), told.text());
        IssueView published = publication.publish(assembler, signed.id(), signed.version());
        assertEquals("李主任", published.signedBy());
        long itemId = published.itemIds().get(0);
        assertTrue(editorial.auditTrail(desk.editor(), itemId).stream()
                .anyMatch(t ->
                        t.action() == AuditAction.SIGNED_OFF && t.actorName().equals("李主任")));
        String word = documentXml(
                reading.file(desk.editor(), published.id(), ExportFormat.DOCX).content());
        assertTrue(word.contains("签发人："), "the Word file names the signer");
        assertTrue(word.contains("李主任"));
    }

    @Test
    void withSignOffOffEditorsPublishAsBefore() throws Exception {
        Actor assembler = editor("直发编辑", false);
        Actor officer = desk.officer(desk.newUnit("甘家口街道"), "甘家口信息员", null);
        IssueView issue = draftWith(assembler, title(false), desk.accepted(officer, "甘家口街道举办邻里节"));

        IssueView published = publication.publish(assembler, issue.id(), issue.version());

        assertTrue(published.published());
        assertEquals(null, published.signedBy());
    }

    @Test
    void anIssueSentToMemberUnitsIsReadByTheirOfficersWithReceiptsAndByNoOtherUnit() throws Exception {
        Unit member = desk.newMemberUnit("紫竹院街道");
        Unit other = desk.newUnit("八里庄街道");
        Actor memberOfficer = desk.officer(member, "紫竹院信息员", null);
        Actor otherOfficer = desk.officer(other, "八里庄信息员", null);
        ItemView item = desk.accepted(otherOfficer, "八里庄街道建成文明实践站");
        IssueView issue = draftWith(desk.editor(), title(false), item);
        issue = briefings.describe(
                desk.editor(),
                issue.id(),
                issue.version(),
                new IssueHeader(issue.issueDate(), null, issue.distribution(), null, false, List.of(), true, false));
        IssueView published = publication.publish(desk.editor(), issue.id(), issue.version());
        long id = published.id();

        assertTrue(reading.myIssues(memberOfficer, 50).stream().anyMatch(i -> i.id() == id));
        assertTrue(reading.myIssues(otherOfficer, 50).stream().noneMatch(i -> i.id() == id));
        assertTrue(notices.unread(memberOfficer, 5).stream()
                .anyMatch(n -> n.kind().equals(NoticeKind.ISSUE_FOR_UNIT.getLabel())));
        assertTrue(
                briefings.unitReceipts(desk.editor(), id).stream()
                        .anyMatch(r -> r.name().equals(member.getShortName()) && r.readAt() == null),
                "sent, not read yet");

        assertEquals(id, reading.open(memberOfficer, id).id());
        assertTrue(reading.file(memberOfficer, id, ExportFormat.PDF).content().length > 0);
        assertThrows(AccessDenied.class, () -> reading.open(otherOfficer, id));
        assertThrows(AccessDenied.class, () -> reading.file(otherOfficer, id, ExportFormat.DOCX));
        assertThrows(AccessDenied.class, () -> reading.open(desk.actor("leader"), id));

        assertTrue(briefings.unitReceipts(desk.editor(), id).stream()
                .anyMatch(r -> r.name().equals(member.getShortName()) && r.readAt() != null));
        assertTrue(briefings.unitReceipts(desk.editor(), id).stream()
                .noneMatch(r -> r.name().equals(other.getShortName())));
        assertTrue(
                outcomes.ofMyUnit(otherOfficer, 50).stream()
                        .filter(o -> o.id() == item.id())
                        .anyMatch(o -> o.printedIn().stream().anyMatch(p -> p.contains(published.label()))),
                "the reporting unit sees where its item was printed");
    }

    // ---- helpers

    /** The kinds of the actor's unread notices (scheduled jobs may add others meanwhile). */
    private List<String> kindsOf(Actor actor) {
        return notices.unread(actor, 50).stream().map(NoticeView::kind).toList();
    }

    private IssueView draftWith(Actor editor, TitleView title, ItemView item) {
        IssueView issue = briefings.create(editor, title.id(), IssueKind.SUPPLEMENT, LocalDate.now());
        return assembly.add(editor, issue.id(), issue.version(), List.of(item.id()));
    }

    private TitleView title(boolean signOffRequired) {
        Actor admin = desk.admin();
        TitleView t = briefings.saveTitle(
                admin,
                null,
                "签发测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        return briefings.requireSignOff(admin, t.id(), signOffRequired);
    }

    private Actor editor(String name, boolean signer) {
        Actor admin = desk.admin();
        AccountView a = accounts.create(
                admin,
                new AccountForm(
                        "signoff" + System.nanoTime() % 1_000_000 + "x" + made++,
                        name,
                        "Bian#Ji2026",
                        Role.EDITOR,
                        null));
        if (signer) {
            accounts.setSigner(admin, a.id(), true);
        }
        return accounts.actor(a.login()).orElseThrow();
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
