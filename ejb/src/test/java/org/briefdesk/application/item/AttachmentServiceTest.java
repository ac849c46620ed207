package org.briefdesk.application.item;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.audit.AuditEvent;
import org.briefdesk.domain.model.audit.AuditRepository;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.model.item.AttachmentRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attaching files (附件): what is refused before anything is kept, and what a kept file leaves behind. */
class AttachmentServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final byte[] PDF = "%PDF-1.4\n学院路街道垃圾分类工作方案".getBytes(StandardCharsets.UTF_8);
    private static final Actor HAIDIAN_OFFICER = new Actor(21, "haidian", "李信息员", Role.OFFICER, 3L, "海淀街道");

    private final Unit haidian = withId(new Unit("海淀街道", null, UnitKind.STREET_TOWN, true), 3L);
    private final Item draft = withId(
            new Item(
                    haidian,
                    null,
                    new ItemContent(
                            "海淀街道开展垃圾分类桶前值守",
                            "<p>11月26日，海淀街道组织志愿者开展桶前值守。</p>",
                            LocalDate.of(2026, 11, 26),
                            null,
                            false,
                            null),
                    NOW),
            40L);
    private final KeptFiles kept = new KeptFiles();
    private final List<AuditEvent> trail = new ArrayList<>();
    private final List<Long> outbox = new ArrayList<>();
    private final List<AttachmentKind> opened = new ArrayList<>();
    private final AttachmentService service = new AttachmentService();
    private String damaged;

    @BeforeEach
    void wire() {
        OfficerItemService officerItems = new OfficerItemService();
        officerItems.items = new OneItem(draft);
        ItemJournal journal = new ItemJournal();
        journal.audit = new AuditRepository() {
            @Override
            public void store(AuditEvent event) {
                trail.add(event);
            }

            @Override
            public List<AuditEvent> ofItem(long itemId) {
                return trail;
            }
        };
        journal.outbox = outbox::add;
        service.attachments = kept;
        service.officerItems = officerItems;
        service.journal = journal;
        service.importer = new DocumentReader() {
            @Override
            public ImportedText read(byte[] bytes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void requireReadable(byte[] bytes, AttachmentKind kind) {
                opened.add(kind);
                if (damaged != null) {
                    throw new BusinessRuleViolation("file", damaged);
                }
            }
        };
    }

    private void assertNothingKept() {
        assertTrue(kept.files.isEmpty(), "no file is kept");
        assertTrue(trail.isEmpty(), "nothing is audited");
        assertTrue(outbox.isEmpty(), "nothing reaches the index");
    }

    @Test
    void aDocumentThatDoesNotOpenIsRefusedWithTheReadersMessage() {
        damaged = "文件已损坏或不是有效的PDF文件";
        var refused =
                assertThrows(BusinessRuleViolation.class, () -> service.attach(HAIDIAN_OFFICER, 40, "工作方案.pdf", PDF));
        assertEquals("文件已损坏或不是有效的PDF文件", refused.getMessage());
        assertNothingKept();
    }

    @Test
    void aFileWhoseContentBeliesItsNameIsRefusedBeforeItIsOpened() {
        var refused =
                assertThrows(BusinessRuleViolation.class, () -> service.attach(HAIDIAN_OFFICER, 40, "工作方案.docx", PDF));
        assertTrue(refused.getMessage().contains("与文件扩展名不符"), refused.getMessage());
        assertTrue(opened.isEmpty(), "the reader is not asked");
        assertNothingKept();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(BusinessRuleViolation.class, () -> service.attach(HAIDIAN_OFFICER, 40, "工作方案.pdf", new byte[0]));
        assertNothingKept();
    }

    @Test
    void anotherUnitsOfficerCannotAttachToTheItem() {
        Actor xueyuanlu = new Actor(22, "xueyuanlu", "赵信息员", Role.OFFICER, 4L, "学院路街道");
        assertThrows(AccessDenied.class, () -> service.attach(xueyuanlu, 40, "工作方案.pdf", PDF));
        assertTrue(opened.isEmpty(), "the reader is not asked");
        assertNothingKept();
    }

    @Test
    void aSubmittedItemTakesNoMoreFiles() {
        draft.submit(NOW);
        var refused =
                assertThrows(BusinessRuleViolation.class, () -> service.attach(HAIDIAN_OFFICER, 40, "工作方案.pdf", PDF));
        assertTrue(refused.getMessage().contains("只有草稿或退回修改的信息可以添加附件"), refused.getMessage());
        assertNothingKept();
    }

    @Test
    void aReadableDocumentIsKeptAuditedAndSentToTheIndex() {
        AttachmentInfo info = service.attach(HAIDIAN_OFFICER, 40, "工作方案.pdf", PDF);

        assertEquals("工作方案.pdf", info.fileName());
        assertEquals(List.of(AttachmentKind.PDF), opened);
        assertEquals(1, kept.files.size());
        assertEquals(AuditAction.ATTACHED, trail.get(0).getAction());
        assertEquals("李信息员", trail.get(0).getActorName());
        assertEquals(List.of(40L), outbox);
        assertEquals(ItemStatus.DRAFT, draft.getStatus());
    }

    /** One item, found by its id. */
    private record OneItem(Item item) implements ItemRepository {
        @Override
        public Optional<Item> find(long id) {
            return id == item.getId() ? Optional.of(item) : Optional.empty();
        }

        @Override
        public Map<Long, String> plainTexts(Collection<Long> itemIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Item store(Item stored) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Item removed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Item> ofUnit(long unitId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Item> inStatus(List<ItemStatus> statuses, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Item> newestInStatus(List<ItemStatus> statuses, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<ItemStatus, Long> countByStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countUrgentInStatus(ItemStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            throw new UnsupportedOperationException();
        }
    }

    /** Attachments kept in memory, numbered as stored. */
    private static final class KeptFiles implements AttachmentRepository {
        final List<Attachment> files = new ArrayList<>();

        @Override
        public Optional<Attachment> find(long id) {
            return files.stream().filter(a -> a.getId() == id).findFirst();
        }

        @Override
        public Attachment store(Attachment attachment) {
            files.add(withId(attachment, files.size() + 1L));
            return attachment;
        }

        @Override
        public void remove(Attachment attachment) {
            files.remove(attachment);
        }

        @Override
        public List<AttachmentInfo> of(long itemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countOf(long itemId) {
            return files.stream().filter(a -> a.getItemId() == itemId).count();
        }
    }
}
