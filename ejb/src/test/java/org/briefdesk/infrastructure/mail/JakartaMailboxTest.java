package org.briefdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.briefdesk.application.mailbox.MailboxUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mailbox against a real IMAP and POP3 server (GreenMail on free ports). */
class JakartaMailboxTest {

    private static final String[] SETTINGS = {"host", "port", "protocol", "security", "user", "password"};

    private GreenMail server;

    @AfterEach
    void stop() {
        for (String s : SETTINGS) {
            System.clearProperty("briefdesk.mailbox." + s);
        }
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "pop3"})
    void aTakenMessageIsRemovedAndARefusedOneStaysForTheNextPoll(String protocol) throws Exception {
        GreenMailUser box = start(protocol);
        box.deliver(message("<1@hd.example.cn>", "甘家口街道推进垃圾分类"));
        box.deliver(message("<2@hd.example.cn>", "八里庄街道冬季消防检查"));

        List<String> seen = new ArrayList<>();
        int handed = new JakartaMailbox().drain(raw -> {
            String text = new String(raw, StandardCharsets.UTF_8);
            seen.add(text.contains("<1@hd.example.cn>") ? "1" : "2");
            return text.contains("<1@hd.example.cn>");
        });

        assertEquals(2, handed);
        assertEquals(List.of("1", "2"), seen);
        List<String> left = new ArrayList<>();
        new JakartaMailbox().drain(raw -> {
            left.add(new String(raw, StandardCharsets.UTF_8).contains("<2@hd.example.cn>") ? "2" : "1");
            return false;
        });
        assertEquals(List.of("2"), left, "only the refused message is still there");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "pop3"})
    void aWrongPasswordIsReportedInChineseAndNothingIsTaken(String protocol) {
        start(protocol);
        System.setProperty("briefdesk.mailbox.password", "wrong");
        MailboxUnavailable e = assertThrows(MailboxUnavailable.class, () -> new JakartaMailbox().drain(raw -> true));
        assertTrue(e.getMessage().startsWith("收取邮件失败：无法读取邮箱 " + protocol + "://127.0.0.1:"), e.getMessage());
        assertTrue(!e.getMessage().contains("wrong"), "the password never reaches a message");
    }

    private GreenMailUser start(String protocol) {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol).dynamicPort());
        server.start();
        GreenMailUser user = server.setUser("jianbao@hd.example.cn", "jianbao", "xinxi2026");
        int port = protocol.equals("imap")
                ? server.getImap().getPort()
                : server.getPop3().getPort();
        System.setProperty("briefdesk.mailbox.host", "127.0.0.1");
        System.setProperty("briefdesk.mailbox.port", String.valueOf(port));
        System.setProperty("briefdesk.mailbox.protocol", protocol);
        System.setProperty("briefdesk.mailbox.security", "none");
        System.setProperty("briefdesk.mailbox.user", "jianbao");
        System.setProperty("briefdesk.mailbox.password", "xinxi2026");
        return user;
    }

    private static MimeMessage message(String messageId, String subject) throws Exception {
        String raw = "Message-ID: " + messageId + "\r\nFrom: wangwei@hd.example.cn\r\nTo: jianbao@hd.example.cn\r\n"
                + "Subject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n街道工作进展。\r\n";
        return new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
