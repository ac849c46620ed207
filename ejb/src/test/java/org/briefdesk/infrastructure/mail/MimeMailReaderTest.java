package org.briefdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.briefdesk.application.mailbox.ReceivedMail;
import org.junit.jupiter.api.Test;

/** Messages as Chinese mail programs send them, read without a server. */
class MimeMailReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    private final MimeMailReader reader = new MimeMailReader();

    @Test
    void aGbkBodyLabelledGb2312AndEncodedHeadersAreReadAsChinese() {
        // 堃 is in GBK but not in GB2312: mail programs label GBK text GB2312 all the time.
        String body = "社区书记王堃介绍，街道共设置垃圾分类驿站12处。\r\n居民参与率达到95%。";
        String raw = "Message-ID: <20261206093000.4711@hd.example.cn>\r\n"
                + "From: " + word("GBK", GBK, "甘家口街道信息员") + " <WangWei@HD.example.cn>\r\n"
                + "To: jianbao@hd.example.cn\r\n"
                + "Subject: " + word("GB2312", GBK, "甘家口街道推进垃圾分类") + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=gb2312\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(GBK)) + "\r\n";
        ReceivedMail mail = reader.read(raw.getBytes(StandardCharsets.US_ASCII));
        assertEquals("<20261206093000.4711@hd.example.cn>", mail.messageId());
        assertEquals("wangwei@hd.example.cn", mail.senderAddress());
        assertEquals("甘家口街道信息员", mail.senderName());
        assertEquals("甘家口街道推进垃圾分类", mail.subject());
        assertEquals(body, mail.text());
        assertTrue(mail.files().isEmpty());
    }

    @Test
    void aPartWithoutCharsetIsReadAsUtf8WhenItIsAndAsGbkOtherwise() {
        String body = "八里庄街道开展冬季消防安全检查";
        assertEquals(
                body, reader.read(plain(body.getBytes(StandardCharsets.UTF_8))).text());
        assertEquals(body, reader.read(plain(body.getBytes(GBK))).text());
    }

    @Test
    void anHtmlOnlyBodyBecomesTextWithoutAnythingExecutable() {
        String html = "<html><head><style>p{color:red}</style><title>信息</title></head><body>"
                + "<p>紫竹院街道开展<b>老旧小区</b>改造。</p><script>alert('x')</script>"
                + "<div>完成加装电梯8部。<br>惠及居民300户。</div><img src=x onerror=alert(1)></body></html>";
        String raw = "From: a@hd.example.cn\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n";
        String text = reader.read(raw.getBytes(StandardCharsets.US_ASCII)).text();
        assertEquals("紫竹院街道开展老旧小区改造。\n完成加装电梯8部。\n惠及居民300户。", text);
        assertFalse(text.contains("alert") || text.contains("color"), text);
    }

    @Test
    void attachmentsWithEncodedFileNamesAreKeptWithTheirBytes() {
        byte[] docx = {'P', 'K', 3, 4, 0, 1, 2, 3};
        String raw = "From: a@hd.example.cn\r\nSubject: =?UTF-8?B?"
                + b64("报送信息".getBytes(StandardCharsets.UTF_8)) + "?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                + "--b2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "请查收附件。\r\n"
                + "--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>请查收附件。</p>\r\n--b2--\r\n"
                + "--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                + " name=\"" + word("GB2312", GBK, "甘家口街道信息.docx") + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + word("GB2312", GBK, "甘家口街道信息.docx") + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + b64(docx) + "\r\n--b1--\r\n";
        ReceivedMail mail = reader.read(raw.getBytes(StandardCharsets.UTF_8));
        assertEquals("报送信息", mail.subject());
        assertEquals("请查收附件。", mail.text().strip());
        assertEquals(1, mail.files().size());
        assertEquals("甘家口街道信息.docx", mail.files().get(0).name());
        assertArrayEquals(docx, mail.files().get(0).bytes());
    }

    @Test
    void autoRepliesAndDeliveryReportsAreRecognisedSoTheyNeverBecomeItems() {
        String person =
                "From: a@hd.example.cn\r\nSubject: 甘家口街道信息\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n正文\r\n";
        assertFalse(reader.read(person.getBytes(StandardCharsets.UTF_8)).automatic());
        assertTrue(reader.read(("Auto-Submitted: auto-replied\r\n" + person).getBytes(StandardCharsets.UTF_8))
                .automatic());
        assertFalse(reader.read(("Auto-Submitted: no\r\n" + person).getBytes(StandardCharsets.UTF_8))
                .automatic());
        assertTrue(reader.read(person.replace("Subject: ", "Subject: 自动回复：").getBytes(StandardCharsets.UTF_8))
                .automatic());
        assertTrue(reader.read(("Precedence: bulk\r\n" + person).getBytes(StandardCharsets.UTF_8))
                .automatic());
    }

    private static byte[] plain(byte[] body) {
        byte[] head = "From: a@hd.example.cn\r\nSubject: t\r\nContent-Type: text/plain\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static String word(String label, Charset charset, String text) {
        return "=?" + label + "?B?" + b64(text.getBytes(charset)) + "?=";
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
