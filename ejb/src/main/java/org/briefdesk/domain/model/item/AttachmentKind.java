package org.briefdesk.domain.model.item;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The kinds of file an item may carry, recognised by their content (magic bytes), never by the
 * name: a program renamed to .docx is refused, whatever it is called.
 */
public enum AttachmentKind {
    PNG("image/png", "PNG图片", List.of("png")),
    JPEG("image/jpeg", "JPEG图片", List.of("jpg", "jpeg")),
    GIF("image/gif", "GIF图片", List.of("gif")),
    PDF("application/pdf", "PDF文件", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word文档（.docx）", List.of("docx")),
    DOC("application/msword", "Word文档（.doc）", List.of("doc")),
    TXT("text/plain; charset=UTF-8", "纯文本文件", List.of("txt"));

    public static final String ALLOWED_HINT = "只能上传图片（PNG、JPEG、GIF）、Word（.docx、.doc）、PDF或纯文本（UTF-8）文件";

    private final String contentType;
    private final String label;
    private final List<String> extensions;

    AttachmentKind(String contentType, String label, List<String> extensions) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
    }

    /** What the bytes are; refused when they are none of the allowed kinds. */
    public static AttachmentKind detect(byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessRuleViolation("file", "文件是空的");
        }
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 'G', 'I', 'F', '8', '7', 'a') || startsWith(data, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(data, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(data, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return DOC;
        }
        if (startsWith(data, 'P', 'K', 3, 4)) {
            if (ZipDirectory.hasEntry(data, "word/document.xml")) {
                return DOCX;
            }
            throw new BusinessRuleViolation("file", "文件已损坏或不是有效的Word文档");
        }
        if (isUtf8Text(data)) {
            return TXT;
        }
        throw new BusinessRuleViolation("file", "不支持的文件类型：" + ALLOWED_HINT);
    }

    /** Whether {@code fileName}'s extension names this kind (a PNG called report.docx is refused). */
    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public String defaultExtension() {
        return extensions.get(0);
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF;
    }

    public String getContentType() {
        return contentType;
    }

    public String getLabel() {
        return label;
    }

    private static boolean startsWith(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without NUL bytes: binary files nearly always contain a NUL or an invalid sequence. */
    private static boolean isUtf8Text(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Reads only a ZIP's central directory (the list of names at its end), so recognising a .docx
     * never inflates anything: a zip bomb costs nothing here.
     */
    static final class ZipDirectory {

        private static final int END_SIGNATURE = 0x06054b50;
        private static final int ENTRY_SIGNATURE = 0x02014b50;
        private static final int END_MIN = 22;

        private ZipDirectory() {}

        static boolean hasEntry(byte[] zip, String name) {
            ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            int end = -1;
            for (int i = zip.length - END_MIN; i >= Math.max(0, zip.length - END_MIN - 0xFFFF); i--) {
                if (buf.getInt(i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            int count = Short.toUnsignedInt(buf.getShort(end + 10));
            long offset = Integer.toUnsignedLong(buf.getInt(end + 16));
            int pos = (int) Math.min(offset, Integer.MAX_VALUE);
            for (int n = 0; n < count; n++) {
                if (pos < 0 || pos + 46 > zip.length || buf.getInt(pos) != ENTRY_SIGNATURE) {
                    return false;
                }
                int nameLength = Short.toUnsignedInt(buf.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(buf.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(buf.getShort(pos + 32));
                if (pos + 46 + nameLength > zip.length) {
                    return false;
                }
                if (new String(zip, pos + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    return true;
                }
                pos += 46 + nameLength + extraLength + commentLength;
            }
            return false;
        }
    }
}
