package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 来信待分派 in a real headless Chromium: a mail from an unknown sender waits in a real IMAP mailbox
 * (GreenMail in this JVM); the server is pointed at it through its management API with the
 * settings an operator uses; the editor presses 立即收取, finds the mail and assigns it to a unit.
 */
class QuarantineBrowserIT extends BrowserTest {

    @ArquillianResource
    ManagementClient management;

    @Test
    void anEditorPollsTheMailboxAndAssignsAnUnknownSendersReportToAUnit() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        mail.start();
        GreenMailUser mailbox = mail.setUser("jianbao@hd.example.cn", "jianbao", "xinxi2026");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("briefdesk.mailbox.host", "127.0.0.1");
        settings.put("briefdesk.mailbox.port", String.valueOf(mail.getImap().getPort()));
        settings.put("briefdesk.mailbox.security", "none");
        settings.put("briefdesk.mailbox.user", "jianbao");
        settings.put("briefdesk.mailbox.password", "xinxi2026");
        try {
            settings.forEach((name, value) -> serverProperty("add", name, value));
            String title = "曙光街道第一家社区食堂开业（" + System.nanoTime() % 100_000 + "）";
            mailbox.deliver(message(title, "曙光街道第一家社区食堂今日开业，可同时容纳80人就餐。"));

            signIn("editor");
            wait(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='quarantineMenu']")))
                    .click();
            wait(ExpectedConditions.urlContains("editor/quarantine.xhtml"));
            assertTrue(text(By.id("quarantineForm:mailbox")).startsWith("imap://127.0.0.1:"));
            Browser.clickSettled(driver, By.id("quarantineForm:pollNow"));
            wait(ExpectedConditions.textToBePresentInElementLocated(By.id("quarantineForm:messages"), "收取完成"));
            String row = rowOf(title);
            assertTrue(text(By.id("quarantineForm:mails:" + row + ":reason")).contains("发件人邮箱未登记为信息员"));
            assertEquals("曙光街道第一家社区食堂今日开业，可同时容纳80人就餐。", text(By.id("quarantineForm:mails:" + row + ":preview")));
            snapshot("quarantine-waiting");

            chooseOption("quarantineForm:mails:" + row + ":unit", "曙光街道");
            Browser.clickSettled(driver, By.id("quarantineForm:mails:" + row + ":assign"));
            wait(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("quarantineForm:messages"), "来信已转为曙光街道的信息《" + title + "》，已进入待筛选"));
            // The assigned mail no longer waits.
            wait(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//tbody[@id='quarantineForm:mails_data']//*[text()='" + title + "']")));
        } finally {
            settings.keySet().forEach(name -> serverProperty("remove", name, null));
            mail.stop();
        }
    }

    private String rowOf(String subject) {
        WebElement tr = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='quarantineForm:mails_data']/tr[.//*[text()='" + subject + "']]")));
        return tr.getDomAttribute("data-ri");
    }

    private void serverProperty(String operation, String name, String value) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", name);
        if (value != null) {
            op.get("value").set(value);
        }
        try {
            ModelNode result = management.getControllerClient().execute(op);
            assertEquals("success", result.get("outcome").asString(), result.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage message(String subject, String text) throws Exception {
        String raw = "Message-ID: <" + System.nanoTime() + ".quarantine@hd.example.cn>\r\n"
                + "From: =?UTF-8?B?" + b64("王伟") + "?= <wangwei" + System.nanoTime() % 100_000 + "@example.cn>\r\n"
                + "To: jianbao@hd.example.cn\r\nSubject: =?UTF-8?B?" + b64(subject) + "?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64(text) + "\r\n";
        return new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
