package org.briefdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which SMTP relay the deployment names, read from the same settings an operator sets. */
class MailServerTest {

    private static final String[] KEYS = {
        "briefdesk.mail.host",
        "briefdesk.mail.port",
        "briefdesk.mail.user",
        "briefdesk.mail.password",
        "briefdesk.mail.starttls",
        "briefdesk.mail.from"
    };

    @AfterEach
    void clear() {
        for (String k : KEYS) {
            System.clearProperty(k);
        }
    }

    @Test
    void withoutAHostThereIsNoMailServerEvenWithAPort() {
        System.setProperty("briefdesk.mail.port", "2525");
        assertTrue(MailServer.configured().isEmpty());
        assertFalse(Mailer.enabled());
    }

    @Test
    void aHostAloneMeansPort25WithoutLoginFromTheDefaultSender() {
        System.setProperty("briefdesk.mail.host", "smtp.hd.example.cn");
        MailServer s = MailServer.configured().orElseThrow();
        assertEquals("smtp.hd.example.cn", s.host());
        assertEquals(25, s.port());
        assertNull(s.user());
        assertFalse(s.startTls());
        assertEquals("briefdesk@localhost", s.from());
    }

    @Test
    void aMistypedPortTurnsMailOffInsteadOfFailingTheReminders() {
        System.setProperty("briefdesk.mail.host", "smtp.hd.example.cn");
        System.setProperty("briefdesk.mail.port", "25a");
        assertTrue(MailServer.configured().isEmpty());
    }

    @Test
    void thePasswordNeverAppearsInTheDescription() {
        System.setProperty("briefdesk.mail.host", "smtp.hd.example.cn");
        System.setProperty("briefdesk.mail.port", "587");
        System.setProperty("briefdesk.mail.user", "chuangjianban");
        System.setProperty("briefdesk.mail.password", "Mima2026!");
        System.setProperty("briefdesk.mail.starttls", "true");
        MailServer s = MailServer.configured().orElseThrow();
        assertTrue(s.startTls());
        assertEquals("MailServer[smtp.hd.example.cn:587, user chuangjianban, from briefdesk@localhost]", s.toString());
    }
}
