package org.briefdesk.domain.model.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A message taken from the office's mailbox (来信). Its key is remembered under a unique constraint,
 * so the same message delivered twice, or seen again after a crash between recording it and
 * removing it from the server, is never taken twice. A message that could not become an item at once
 * keeps its raw bytes in quarantine until an editor assigns it to a unit or discards it.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

    public static final int KEY_MAX = 250;
    public static final int SUBJECT_MAX = 200;
    public static final int SENDER_MAX = 254;
    public static final int SENDER_NAME_MAX = 100;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_seq")
    @SequenceGenerator(name = "inbound_message_seq", sequenceName = "inbound_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_key", nullable = false, length = KEY_MAX)
    private String messageKey;

    @Column(nullable = false, length = SENDER_MAX)
    private String sender;

    @Column(name = "sender_name", length = SENDER_NAME_MAX)
    private String senderName;

    @Column(length = SUBJECT_MAX)
    private String subject;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InboundStatus status;

    /** Why the message waits for an editor (unknown sender, no subject …). */
    @Column(length = REASON_MAX)
    private String reason;

    /** The message as received, kept only while it waits in quarantine. */
    private byte[] raw;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "handled_by", length = 30)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected InboundMessage() {}

    private InboundMessage(String key, String sender, String senderName, String subject, Instant now) {
        this.messageKey = key;
        this.sender = cut(sender == null || sender.isBlank() ? "（未知发件人）" : sender.strip(), SENDER_MAX);
        this.senderName = senderName == null || senderName.isBlank() ? null : cut(senderName.strip(), SENDER_NAME_MAX);
        this.subject = subject == null || subject.isBlank() ? null : cut(subject.strip(), SUBJECT_MAX);
        this.receivedAt = now;
    }

    /** A registered officer's message that became {@code item} as it arrived. */
    public static InboundMessage taken(
            String key, String sender, String senderName, String subject, Item item, Instant now) {
        InboundMessage m = new InboundMessage(key, sender, senderName, subject, now);
        m.status = InboundStatus.TAKEN;
        m.itemId = item.getId();
        return m;
    }

    /** A message that waits for an editor, for {@code reason}, with its raw bytes. */
    public static InboundMessage quarantined(
            String key, String sender, String senderName, String subject, byte[] raw, String reason, Instant now) {
        InboundMessage m = new InboundMessage(key, sender, senderName, subject, now);
        m.status = InboundStatus.QUARANTINED;
        m.raw = raw.clone();
        m.reason = cut(reason, REASON_MAX);
        return m;
    }

    /**
     * The key a message is remembered by: its Message-ID when it has a usable one, otherwise a hash
     * of its bytes (the same message fetched again has the same bytes).
     */
    public static String keyOf(String messageId, byte[] raw) {
        String id = messageId == null ? "" : messageId.strip();
        if (!id.isEmpty() && id.length() <= KEY_MAX - 4 && id.chars().allMatch(c -> c > 32 && c < 127)) {
            return "mid:" + id;
        }
        return "sha256:" + sha256(raw);
    }

    /** An editor made the message a submitted item of a unit (分派). */
    public void assign(Item item, String editor, Instant now) {
        requireWaiting();
        status = InboundStatus.ASSIGNED;
        itemId = item.getId();
        handled(editor, now);
    }

    /** An editor discarded the message (丢弃); its content is dropped, its key kept. */
    public void discard(String editor, Instant now) {
        requireWaiting();
        status = InboundStatus.DISCARDED;
        handled(editor, now);
    }

    private void handled(String editor, Instant now) {
        raw = null;
        handledBy = cut(editor, 30);
        handledAt = now;
    }

    /** Refuses a message an editor has already assigned or discarded. */
    public void requireWaiting() {
        if (status != InboundStatus.QUARANTINED) {
            throw new BusinessRuleViolation("status", "该来信已处理（" + status.getLabel() + "），请刷新页面");
        }
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a quarantined message; none once it has been handled. */
    public byte[] getRaw() {
        return raw == null ? null : raw.clone();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public InboundStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
