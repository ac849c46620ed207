package org.briefdesk.it;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real mail server for integration tests: GreenMail on free local ports, inside the application
 * server's JVM (the tests run there; {@link Deployments#withGreenMail} ships it), and Briefdesk's mail
 * settings pointing at it as an operator would set them. Closing it clears every setting and stops
 * the server, so the next test starts with mail off.
 */
final class MailFixture implements AutoCloseable {

    /** The office's sender address (区创建办). */
    static final String OFFICE = "chuangjianban@hd.example.cn";

    private static final List<String> MAIL_SETTINGS = List.of("host", "port", "from");
    private static final List<String> MAILBOX_SETTINGS =
            List.of("host", "port", "protocol", "security", "user", "password", "poll.minutes");

    private final GreenMail server;
    private GreenMailUser mailbox;

    private MailFixture(ServerSetup... setups) {
        server = new GreenMail(setups);
        server.start();
    }

    /** An SMTP server that Briefdesk does not know of yet ({@link #sendFrom} tells it). */
    static MailFixture smtp() {
        return new MailFixture(local(ServerSetup.PROTOCOL_SMTP));
    }

    /** An SMTP relay that Briefdesk sends through, as the office. */
    static MailFixture relay() {
        MailFixture mail = smtp();
        mail.sendFrom(OFFICE);
        return mail;
    }

    /**
     * A relay plus the IMAP mailbox that units report to (邮件报送), both configured; Briefdesk sends
     * its replies from the mailbox's address.
     */
    static MailFixture relayAndMailbox(String address, String user, String password) {
        MailFixture mail = new MailFixture(local(ServerSetup.PROTOCOL_SMTP), local(ServerSetup.PROTOCOL_IMAP));
        mail.mailbox = mail.server.setUser(address, user, password);
        System.setProperty("briefdesk.mailbox.host", "127.0.0.1");
        System.setProperty(
                "briefdesk.mailbox.port", String.valueOf(mail.server.getImap().getPort()));
        System.setProperty("briefdesk.mailbox.protocol", "imap");
        System.setProperty("briefdesk.mailbox.security", "none");
        System.setProperty("briefdesk.mailbox.user", user);
        System.setProperty("briefdesk.mailbox.password", password);
        mail.sendFrom(address);
        return mail;
    }

    private static ServerSetup local(String protocol) {
        return new ServerSetup(0, "127.0.0.1", protocol).dynamicPort();
    }

    /** Points Briefdesk's outgoing mail at this server, sending as {@code from}. */
    void sendFrom(String from) {
        System.setProperty("briefdesk.mail.host", "127.0.0.1");
        System.setProperty("briefdesk.mail.port", String.valueOf(smtpPort()));
        System.setProperty("briefdesk.mail.from", from);
    }

    GreenMail server() {
        return server;
    }

    int smtpPort() {
        return server.getSmtp().getPort();
    }

    /** The mailbox of {@link #relayAndMailbox}, to deliver units' mail into. */
    GreenMailUser mailbox() {
        return mailbox;
    }

    /** Waits (bounded, for a failure only) until at least {@code count} mails have arrived. */
    boolean arrived(int count) {
        return server.waitForIncomingEmail(30_000, count);
    }

    /** The mails received so far that name {@code address} among their recipients. */
    List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                out.add(m);
            }
        }
        return out;
    }

    /** The text as the reader sees it: transfer encoding undone, UTF-8 decoded, lines ending in \n. */
    static String body(MimeMessage m) throws MessagingException, IOException {
        try (InputStream in = m.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    /** An address no earlier run has used, so one test's mail is never counted in another's. */
    static String address(String local) {
        return local + System.nanoTime() % 1_000_000 + "@hd.example.cn";
    }

    @Override
    public void close() {
        MAIL_SETTINGS.forEach(s -> System.clearProperty("briefdesk.mail." + s));
        MAILBOX_SETTINGS.forEach(s -> System.clearProperty("briefdesk.mailbox." + s));
        server.stop();
    }
}
