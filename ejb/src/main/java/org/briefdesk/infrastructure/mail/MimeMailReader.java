package org.briefdesk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.briefdesk.application.item.IncomingFile;
import org.briefdesk.application.mailbox.MailReader;
import org.briefdesk.application.mailbox.ReceivedMail;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a message with Jakarta Mail as Chinese offices send it: GB2312 and GBK (often GBK labelled
 * GB2312) are read as their superset GB18030, a part without a charset as UTF-8 when it is valid
 * UTF-8 and as GB18030 otherwise, and RFC 2047 encoded subjects, names and file names are decoded.
 * An HTML-only body is reduced to text (scripts and styles dropped), never kept as HTML.
 */
@ApplicationScoped
public class MimeMailReader implements MailReader {

    private static final Pattern CHINESE_ENCODED_WORD =
            Pattern.compile("=\\?(?:gb2312|gbk|x-gbk|cp936|euc-cn)\\?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTOMATIC_PRECEDENCE =
            Pattern.compile("bulk|junk|auto_reply", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile(
            "^\\s*(?:自动回复|自動回覆|auto(?:matic)?[ -]?reply|out of office|undeliver|delivery status notification|退信)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Session SESSION = Session.getInstance(new Properties());

    @Override
    public ReceivedMail read(byte[] raw) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Parts parts = new Parts();
            walk(m, parts);
            InternetAddress from = sender(m);
            return new ReceivedMail(
                    m.getMessageID(),
                    from == null ? null : from.getAddress().strip().toLowerCase(Locale.ROOT),
                    from == null ? null : from.getPersonal(),
                    header(m.getHeader("Subject", null)),
                    parts.plain != null ? parts.plain : parts.html != null ? textOfHtml(parts.html) : "",
                    List.copyOf(parts.files),
                    automatic(m));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new BusinessRuleViolation("mail", "邮件无法解析：" + e.getMessage());
        }
    }

    private static final class Parts {
        String plain;
        String html;
        final List<IncomingFile> files = new ArrayList<>();
    }

    private static void walk(Part p, Parts out) throws MessagingException, IOException {
        if (p.isMimeType("multipart/*")) {
            MimeMultipart mp = new MimeMultipart(new MimePartDataSource((MimePart) p));
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), out);
            }
            return;
        }
        String fileName = fileName(p);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || fileName != null;
        if (!attached && p.isMimeType("text/plain") && out.plain == null) {
            out.plain = text(p);
        } else if (!attached && p.isMimeType("text/html") && out.html == null) {
            out.html = text(p);
        } else if (attached || !p.isMimeType("text/*")) {
            out.files.add(new IncomingFile(fileName, p.getInputStream().readAllBytes()));
        }
    }

    private static String fileName(Part p) throws MessagingException {
        String name = p.getFileName();
        // Many Chinese mail programs put RFC 2047 words into the file name, which the standard forbids.
        return name == null || name.isBlank() ? null : header(name);
    }

    private static String text(Part p) throws MessagingException, IOException {
        byte[] bytes = p.getInputStream().readAllBytes();
        Charset declared = null;
        try {
            declared = charset(new ContentType(p.getContentType()).getParameter("charset"));
        } catch (MessagingException | RuntimeException unknown) {
            // An unknown or broken charset label: guessed from the bytes below.
        }
        return declared != null ? new String(bytes, declared) : guess(bytes);
    }

    private static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("gb2312") || l.equals("gbk") || l.equals("x-gbk") || l.equals("cp936") || l.equals("euc-cn")) {
            return GB18030;
        }
        return Charset.forName(MimeUtility.javaCharset(label.strip()));
    }

    /** UTF-8 when the bytes are valid UTF-8, GB18030 otherwise (the two an office's mail is in). */
    private static String guess(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /**
     * A header value: encoded words decoded (Chinese ones as GB18030), raw 8-bit bytes (sent by some
     * programs against the standard, and read by Jakarta Mail as Latin-1) guessed as UTF-8 or GB18030.
     */
    static String header(String value) {
        if (value == null) {
            return null;
        }
        String v = MimeUtility.unfold(value);
        if (v.chars().anyMatch(c -> c >= 0x80) && v.chars().allMatch(c -> c <= 0xFF)) {
            v = guess(v.getBytes(StandardCharsets.ISO_8859_1));
        }
        v = CHINESE_ENCODED_WORD.matcher(v).replaceAll("=?GB18030?");
        try {
            return MimeUtility.decodeText(v).strip();
        } catch (UnsupportedEncodingException e) {
            return v.strip();
        }
    }

    /**
     * Sent by a program (RFC 3834 Auto-Submitted, the common X-Autoreply headers, bulk precedence,
     * a delivery report, or an auto-reply subject as Chinese mail services write it).
     */
    static boolean automatic(MimeMessage m) throws MessagingException {
        String submitted = m.getHeader("Auto-Submitted", null);
        if (submitted != null && !submitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        if (m.getHeader("X-Autoreply") != null || m.getHeader("X-Autorespond") != null) {
            return true;
        }
        String precedence = m.getHeader("Precedence", null);
        if (precedence != null
                && AUTOMATIC_PRECEDENCE.matcher(precedence.strip()).matches()) {
            return true;
        }
        if (m.isMimeType("multipart/report")) {
            return true;
        }
        String subject = header(m.getHeader("Subject", null));
        return subject != null && AUTOMATIC_SUBJECT.matcher(subject).find();
    }

    private static InternetAddress sender(MimeMessage m) throws MessagingException {
        String raw = m.getHeader("From", null);
        if (raw == null) {
            return null;
        }
        String fixed = CHINESE_ENCODED_WORD.matcher(MimeUtility.unfold(raw)).replaceAll("=?GB18030?");
        Address[] parsed = InternetAddress.parseHeader(fixed, false);
        return parsed.length == 0 || !(parsed[0] instanceof InternetAddress a) ? null : a;
    }

    /** The text of an HTML body, paragraphs kept as lines; nothing of the markup survives. */
    static String textOfHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title").remove();
        doc.select("br").append("\\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote")
                .prepend("\\n")
                .append("\\n");
        String text = doc.body() == null ? "" : doc.body().text();
        return text.replace("\\n", "\n")
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }
}
