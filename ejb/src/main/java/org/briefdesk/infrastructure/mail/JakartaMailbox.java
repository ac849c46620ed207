package org.briefdesk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.briefdesk.application.mailbox.Mailbox;
import org.briefdesk.application.mailbox.MailboxUnavailable;

/**
 * The office's mailbox over IMAP or POP3 ({@link MailboxServer}). A message is removed from the
 * server only after the intake has recorded it: POP3 deletes at the end of the session and IMAP
 * expunges when the folder closes, so a crash in between leaves the message there, and the next
 * poll finds it already recorded and removes it then.
 */
@ApplicationScoped
public class JakartaMailbox implements Mailbox {

    /** At most this many messages per poll, so one poll of a flooded mailbox ends; the rest wait. */
    static final int MAX_PER_POLL = 200;

    @Override
    public Optional<Duration> pollInterval() {
        return MailboxServer.configured().map(MailboxServer::pollInterval);
    }

    @Override
    public String describe() {
        return MailboxServer.configured()
                .map(s -> s + "，每" + s.pollInterval().toMinutes() + "分钟收取一次")
                .orElse("未配置收信邮箱");
    }

    @Override
    public int drain(Handler handler) {
        MailboxServer server = MailboxServer.configured().orElseThrow(() -> new MailboxUnavailable("未配置收信邮箱", null));
        Store store = null;
        Folder folder = null;
        try {
            store = server.session().getStore(server.storeProtocol());
            store.connect(server.host(), server.port(), server.user(), server.password());
            folder = store.getFolder(server.protocol().equals("imap") ? server.folder() : "INBOX");
            folder.open(Folder.READ_WRITE);
            int count = Math.min(folder.getMessageCount(), MAX_PER_POLL);
            for (int i = 1; i <= count; i++) {
                Message m = folder.getMessage(i);
                if (m.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                if (handler.take(bytes(m))) {
                    m.setFlag(Flags.Flag.DELETED, true);
                }
            }
            return count;
        } catch (MessagingException | IOException e) {
            throw new MailboxUnavailable("收取邮件失败：无法读取邮箱 " + server + "（" + e.getMessage() + "）", e);
        } finally {
            close(folder, store);
        }
    }

    private static byte[] bytes(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(true);
            }
        } catch (MessagingException ignored) {
            // The messages stay on the server; the next poll finds them recorded and removes them.
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException ignored) {
            // Nothing left to release on our side.
        }
    }
}
