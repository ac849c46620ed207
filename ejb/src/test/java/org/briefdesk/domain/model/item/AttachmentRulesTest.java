package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    private final Item draft = stored(new Item(
            new Unit("海淀街道", null, UnitKind.STREET_TOWN, true),
            null,
            new ItemContent("海淀街道开展垃圾分类入户宣传", "志愿者深入12个社区入户宣传。", null, null, false, null),
            NOW));

    /** The id the database would give it: an attachment names its item by id. */
    private static Item stored(Item item) {
        try {
            Field id = Item.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(item, 41L);
            return item;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Attachment attach(String name, byte[] bytes) {
        return new Attachment(draft, 0, name, bytes, NOW);
    }

    private static String refusal(Runnable r) {
        return assertThrows(BusinessRuleViolation.class, r::run).getMessage();
    }

    @Test
    void kindsAreRecognisedByContentNotByName() {
        assertEquals(AttachmentKind.PNG, AttachmentKind.detect(PNG));
        assertEquals(
                AttachmentKind.JPEG,
                AttachmentKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(AttachmentKind.GIF, AttachmentKind.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(AttachmentKind.PDF, AttachmentKind.detect(PDF));
        assertEquals(AttachmentKind.DOC, AttachmentKind.detect(new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
        }));
        assertEquals(AttachmentKind.TXT, AttachmentKind.detect("活动现场照片说明：共30人参加。".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocxIsAZipWithAWordDocumentInside() throws IOException {
        assertEquals(AttachmentKind.DOCX, AttachmentKind.detect(zip("word/document.xml")));
        byte[] workbook = zip("xl/workbook.xml");
        assertEquals("文件已损坏或不是有效的Word文档", refusal(() -> AttachmentKind.detect(workbook)));
    }

    @Test
    void aProgramRenamedToDocxIsRefused() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        String message = refusal(() -> attach("会议纪要.docx", exe));
        assertTrue(message.startsWith("不支持的文件类型"), message);
    }

    @Test
    void textMustBeValidUtf8WithoutNulBytes() {
        byte[] gbk = "海淀街道".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertTrue(refusal(() -> AttachmentKind.detect(gbk)).startsWith("不支持的文件类型"));
        byte[] withNul = {'a', 'b', 0, 'c'};
        assertTrue(refusal(() -> AttachmentKind.detect(withNul)).startsWith("不支持的文件类型"));
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertEquals("文件是空的", refusal(() -> attach("空.txt", new byte[0])));
        byte[] big = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("文件不能超过10MB", refusal(() -> attach("大文件.pdf", big)));
    }

    @Test
    void atMostTenFilesPerItem() {
        assertEquals("每条信息最多10个附件", refusal(() -> new Attachment(draft, 10, "照片.png", PNG, NOW)));
    }

    @Test
    void onlyDraftsAndReturnedItemsTakeNewFiles() {
        draft.submit(NOW);
        assertEquals("只有草稿或退回修改的信息可以添加附件（当前状态：待筛选）", refusal(() -> attach("照片.png", PNG)));
    }

    @Test
    void aNameClaimingAnotherKindIsRefused() {
        assertEquals("“现场照片.docx”的内容是PNG图片，与文件扩展名不符", refusal(() -> attach("现场照片.docx", PNG)));
    }

    @Test
    void namesLosePathsControlAndHtmlCharacters() {
        Attachment a = attach("C:\\Users\\海淀\\<img src=x onerror=alert(1)>现场\u202Egpj.png", PNG);
        assertEquals("img src=x onerror=alert(1)现场gpj.png", a.getFileName());
        assertFalse(a.getFileName().contains("<"));
        assertEquals("附件.png", AttachmentName.clean("../<>", AttachmentKind.PNG));
        assertEquals("附件.pdf", AttachmentName.clean(".pdf", AttachmentKind.PDF));
    }

    @Test
    void longNamesAreCutBeforeTheExtension() {
        String name = AttachmentName.clean("海".repeat(300) + ".pdf", AttachmentKind.PDF);
        assertEquals(AttachmentName.MAX, name.length());
        assertTrue(name.endsWith("海.pdf"));
    }

    @Test
    void theStoredFileKeepsSizeTypeAndChecksum() {
        Attachment a = attach("现场照片.png", PNG);
        assertEquals("image/png", a.getContentType());
        assertEquals(PNG.length, a.getSizeBytes());
        assertEquals(64, a.getSha256().length());
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
