package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A file attached to an item (附件): an image, a Word or PDF document or a text file, at most
 * {@link #MAX_BYTES} each and {@link #MAX_PER_ITEM} per item. Its kind is taken from the content,
 * and the name it is shown and downloaded under is a cleaned one.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_ITEM = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "file_name", nullable = false, length = AttachmentName.MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    /**
     * A new attachment of {@code item}, which already carries {@code existing} files. Refused when
     * the item is no longer the unit's to change, the file is too big or of a kind not allowed, or
     * its name claims another kind than its content.
     */
    public Attachment(Item item, long existing, String rawName, byte[] bytes, Instant now) {
        if (!item.getStatus().editableByUnit()) {
            throw new BusinessRuleViolation(
                    "file", "只有草稿或退回修改的信息可以添加附件（当前状态：" + item.getStatus().getLabel() + "）");
        }
        if (existing >= MAX_PER_ITEM) {
            throw new BusinessRuleViolation("file", "每条信息最多" + MAX_PER_ITEM + "个附件");
        }
        requireSize(bytes);
        AttachmentKind kind = AttachmentKind.detect(bytes);
        String name = AttachmentName.clean(rawName, kind);
        if (!kind.matchesName(name)) {
            throw new BusinessRuleViolation("file", "“" + name + "”的内容是" + kind.getLabel() + "，与文件扩展名不符");
        }
        this.itemId = item.getId();
        this.fileName = name;
        this.contentType = kind.getContentType();
        this.sizeBytes = bytes.length;
        this.sha256 = sha256(bytes);
        this.data = bytes.clone();
        this.uploadedAt = now;
    }

    /** Refuses empty files and files over {@link #MAX_BYTES}; shared with importing. */
    public static void requireSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleViolation("file", "文件是空的");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleViolation("file", "文件不能超过" + MAX_BYTES / 1024 / 1024 + "MB");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
