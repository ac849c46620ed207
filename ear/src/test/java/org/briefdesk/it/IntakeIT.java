package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.item.UrgentItemSubmitted;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRevision;
import org.briefdesk.domain.model.item.ItemRevisionRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The officer's intake (信息员报送) in the container: drafts, submission, withdrawal, revision, files. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(IntakeIT.class, UrgentItemRecorder.class);
    }

    @Inject
    OfficerItemService officerItems;

    @Inject
    AttachmentService attachments;

    @Inject
    AccountService accountService;

    @Inject
    ItemRevisionRepository revisions;

    @Inject
    UrgentItemRecorder urgentItems;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private Actor actor(String login) {
        return accountService.actor(login).orElseThrow();
    }

    private static ItemContent content(String title, boolean urgent) {
        return new ItemContent(
                title,
                "<p>11月18日，街道组织志愿者深入<b>12个社区</b>开展入户宣传。</p><p>共发放材料3000余份。</p>",
                LocalDate.of(2026, 11, 18),
                MustReportKind.DISTINCTIVE_PRACTICE,
                urgent,
                "王明 010-62345678");
    }

    private Item reload(long id) {
        em.clear();
        return em.find(Item.class, id);
    }

    private List<String> auditActions(long itemId) {
        return em.createNativeQuery("select action from audit_event where item_id = ? order by at, id", String.class)
                .setParameter(1, itemId)
                .getResultList();
    }

    private long outboxRows(long itemId) {
        return ((Number) em.createNativeQuery("select count(*) from item_change where item_id = ?")
                        .setParameter(1, itemId)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void aDraftIsSubmittedAndWithdrawnBeforeScreeningWithAnAuditTrail() {
        Actor haidian = actor("haidian");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道开展垃圾分类入户宣传活动", false), null);
        assertEquals(ItemStatus.DRAFT, reload(draft.id()).getStatus());
        assertEquals("海淀街道", reload(draft.id()).getUnit().getShortName());

        ItemView submitted = officerItems.submit(haidian, draft.id(), draft.version());
        assertEquals(ItemStatus.SUBMITTED, reload(draft.id()).getStatus());
        List<ItemRevision> kept = revisions.of(draft.id());
        assertEquals(1, kept.size(), "the text as first sent is revision 1");
        assertEquals("海淀街道开展垃圾分类入户宣传活动", kept.get(0).getTitle());

        officerItems.withdraw(haidian, draft.id(), submitted.version());
        assertEquals(ItemStatus.WITHDRAWN, reload(draft.id()).getStatus());
        assertEquals(List.of("CREATED", "SUBMITTED", "WITHDRAWN"), auditActions(draft.id()));
        assertEquals(3, outboxRows(draft.id()), "every change reaches the search outbox");
    }

    @Test
    void aReturnedItemIsRevisedAndSubmittedAgainKeepingBothTexts() throws Exception {
        Actor haidian = actor("haidian");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道举办文明交通劝导活动", false), null);
        officerItems.submit(haidian, draft.id(), draft.version());
        tx.begin();
        em.find(Item.class, draft.id()).returnToUnit("请补充参加人数和具体成效");
        tx.commit();

        Item returned = reload(draft.id());
        assertEquals(ItemStatus.RETURNED, returned.getStatus());
        ItemView revised = officerItems.update(
                haidian, returned.getId(), returned.getVersion(), content("海淀街道举办文明交通劝导活动 300名志愿者参加", false), null);
        officerItems.submit(haidian, revised.id(), revised.version());

        Item again = reload(draft.id());
        assertEquals(ItemStatus.SUBMITTED, again.getStatus());
        assertNull(again.getStatusReason(), "the return reason is cleared on resubmission");
        List<ItemRevision> kept = revisions.of(draft.id());
        assertEquals(List.of(1, 2), kept.stream().map(ItemRevision::getNumber).toList());
        assertEquals("海淀街道举办文明交通劝导活动", kept.get(0).getTitle());
        assertEquals("海淀街道举办文明交通劝导活动 300名志愿者参加", kept.get(1).getTitle());
        assertEquals(List.of("CREATED", "SUBMITTED", "REVISED", "SUBMITTED"), auditActions(draft.id()));
    }

    @Test
    void aStaleFormIsRefusedAndChangesNothing() {
        Actor haidian = actor("haidian");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道召开创城工作推进会", false), null);
        long seenVersion = draft.version();
        officerItems.update(haidian, draft.id(), seenVersion, content("海淀街道召开创城工作推进会（修改）", false), null);

        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> officerItems.update(haidian, draft.id(), seenVersion, content("过期页面上的标题", false), null));
        assertEquals("该信息已被他人修改，请刷新后重试", e.getMessage());
        assertThrows(BusinessRuleViolation.class, () -> officerItems.submit(haidian, draft.id(), seenVersion));
        Item stored = reload(draft.id());
        assertEquals("海淀街道召开创城工作推进会（修改）", stored.getTitle());
        assertEquals(ItemStatus.DRAFT, stored.getStatus());
    }

    @Test
    void anotherUnitsOfficerCanNeitherChangeNorReadTheItem() {
        Actor haidian = actor("haidian");
        Actor xueyuanlu = actor("xueyuanlu");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道开展消防安全检查", false), null);
        AttachmentInfo photo = attachments.attach(haidian, draft.id(), "检查现场.png", PNG);
        long version = reload(draft.id()).getVersion();

        assertThrows(
                AccessDenied.class,
                () -> officerItems.update(xueyuanlu, draft.id(), version, content("学院路街道改写的标题", false), null));
        assertThrows(AccessDenied.class, () -> officerItems.submit(xueyuanlu, draft.id(), version));
        assertThrows(AccessDenied.class, () -> officerItems.form(xueyuanlu, draft.id()));
        assertThrows(AccessDenied.class, () -> attachments.attach(xueyuanlu, draft.id(), "x.png", PNG));
        assertThrows(AccessDenied.class, () -> attachments.removeAttachment(xueyuanlu, photo.id()));
        assertThrows(AccessDenied.class, () -> attachments.download(xueyuanlu, photo.id()));

        Item stored = reload(draft.id());
        assertEquals("海淀街道开展消防安全检查", stored.getTitle());
        assertEquals(ItemStatus.DRAFT, stored.getStatus());
        assertEquals(1, attachments.attachmentsOf(haidian, draft.id()).size());
        assertEquals(List.of("CREATED", "ATTACHED"), auditActions(draft.id()));
    }

    @Test
    void onlyOfficersWriteTheirUnitsItems() {
        Actor editor = actor("editor");
        assertThrows(AccessDenied.class, () -> officerItems.createDraft(editor, content("编辑代写的信息", false), null));
    }

    @Test
    void attachmentsAreAcceptedOrRefusedByTheirContent() throws IOException {
        Actor haidian = actor("haidian");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道老旧小区改造进展", false), null);
        long id = draft.id();

        AttachmentInfo photo = attachments.attach(haidian, id, "C:\\照片\\<img src=x onerror=alert(1)>改造前后对比.png", PNG);
        assertEquals("img src=x onerror=alert(1)改造前后对比.png", photo.fileName());
        AttachmentInfo report = attachments.attach(haidian, id, "进展报告.docx", docx("老旧小区改造进展报告"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", report.contentType());
        attachments.attach(haidian, id, "说明.txt", "改造涉及12栋楼。".getBytes(StandardCharsets.UTF_8));

        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertTrue(assertThrows(BusinessRuleViolation.class, () -> attachments.attach(haidian, id, "进展报告.docx", exe))
                .getMessage()
                .startsWith("不支持的文件类型"));
        byte[] big = new byte[Attachment.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertEquals(
                "文件不能超过10MB",
                assertThrows(BusinessRuleViolation.class, () -> attachments.attach(haidian, id, "大文件.pdf", big))
                        .getMessage());
        byte[] brokenDocx = java.util.Arrays.copyOf(docx("内容"), 600);
        assertThrows(BusinessRuleViolation.class, () -> attachments.attach(haidian, id, "损坏.docx", brokenDocx));

        List<AttachmentInfo> kept = attachments.attachmentsOf(haidian, id);
        assertEquals(3, kept.size(), "refused files leave nothing behind");
        AttachmentService.AttachmentFile download = attachments.download(haidian, photo.id());
        assertEquals("image/png", download.contentType());
        assertEquals(PNG.length, download.data().length);
        assertThrows(
                AccessDenied.class,
                () -> attachments.download(actor("editor"), photo.id()),
                "a draft's files stay with its unit until it is reported");

        attachments.removeAttachment(haidian, report.id());
        assertEquals(2, attachments.attachmentsOf(haidian, id).size());
        Item current = reload(id);
        officerItems.submit(haidian, id, current.getVersion());
        assertThrows(
                BusinessRuleViolation.class,
                () -> attachments.attach(haidian, id, "补充.png", PNG),
                "a submitted item takes no new files");
    }

    @Test
    void submittingAnUrgentItemAlertsObserversAfterCommit() {
        Actor haidian = actor("haidian");
        ItemView calm = officerItems.createDraft(haidian, content("海淀街道开展书香社区读书活动", false), null);
        officerItems.submit(haidian, calm.id(), calm.version());
        ItemView urgent = officerItems.createDraft(haidian, content("海淀街道某小区发生燃气泄漏 已疏散居民", true), null);
        officerItems.submit(haidian, urgent.id(), urgent.version());

        List<UrgentItemSubmitted> seen = urgentItems.seen();
        assertTrue(
                seen.stream()
                        .anyMatch(e -> e.itemId() == urgent.id()
                                && e.title().equals("海淀街道某小区发生燃气泄漏 已疏散居民")
                                && e.unitShortName().equals("海淀街道")),
                seen.toString());
        assertFalse(seen.stream().anyMatch(e -> e.itemId() == calm.id()), "only urgent items alert editors");
    }

    @Test
    void aDraftThatWasNeverSubmittedCannotBeWithdrawn() {
        Actor haidian = actor("haidian");
        ItemView draft = officerItems.createDraft(haidian, content("海淀街道组织应急演练", false), null);
        assertEquals(
                "编辑已处理该信息，不能撤回（当前状态：草稿）",
                assertThrows(
                                BusinessRuleViolation.class,
                                () -> officerItems.withdraw(haidian, draft.id(), draft.version()))
                        .getMessage());
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
