package org.briefdesk.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    private static final byte[] RAW = "Subject: 甘家口街道垃圾分类\r\n\r\n正文".getBytes(StandardCharsets.UTF_8);

    @Test
    void aMessageIsRememberedByItsMessageId() {
        assertEquals("mid:<20261206.1@hd.example.cn>", InboundMessage.keyOf(" <20261206.1@hd.example.cn> ", RAW));
    }

    @Test
    void aMessageWithoutMessageIdIsRememberedByTheHashOfItsBytes() {
        String key = InboundMessage.keyOf(null, RAW);
        assertTrue(key.startsWith("sha256:"), key);
        assertEquals(key, InboundMessage.keyOf("", RAW.clone()), "the same bytes fetched again: the same key");
    }

    @Test
    void aMessageIdThatCannotBeStoredAsItIsFallsBackToTheHash() {
        assertTrue(InboundMessage.keyOf("<" + "x".repeat(300) + "@hd.example.cn>", RAW)
                .startsWith("sha256:"));
        assertTrue(InboundMessage.keyOf("<报送@hd.example.cn>", RAW).startsWith("sha256:"));
    }

    @Test
    void aDiscardedMessageDropsItsContentAndCannotBeHandledAgain() {
        InboundMessage m =
                InboundMessage.quarantined("mid:<1@x>", "wang@example.cn", "王伟", "甘家口街道垃圾分类", RAW, "发件人邮箱未登记为信息员", NOW);
        assertEquals(InboundStatus.QUARANTINED, m.getStatus());
        m.discard("编辑李娜", NOW);
        assertEquals(InboundStatus.DISCARDED, m.getStatus());
        assertNull(m.getRaw());
        assertEquals("编辑李娜", m.getHandledBy());
        BusinessRuleViolation twice = assertThrows(BusinessRuleViolation.class, () -> m.discard("编辑李娜", NOW));
        assertEquals("该来信已处理（已丢弃），请刷新页面", twice.getMessage());
    }

    @Test
    void aLongSubjectIsShortenedNotRefused() {
        InboundMessage m = InboundMessage.quarantined("mid:<2@x>", "a@b.cn", null, "长".repeat(250), RAW, "原因", NOW);
        assertEquals(InboundMessage.SUBJECT_MAX, m.getSubject().length());
    }
}
