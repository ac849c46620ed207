package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 对口上报 in a real headless Chromium: an editor sends an item the office accepted up to 首都文明办 as
 * a Word package to download, finds the send in the list with the unit credited, downloads the
 * package with the item in it, and records that
 * 北京日报 ran it in full; what cannot be sent is explained in Chinese and nothing is recorded.
 */
class UpwardBrowserIT extends BrowserTest {

    private static final Pattern SENT = Pattern.compile("已记录报送(\\d{4}年第\\d+期)（1条），请下载报送件");

    @Test
    void anEditorSendsAnAcceptedItemToTheCityOfficeAndRecordsThatBeijingDailyRanItInFull() throws Exception {
        String title = "海淀街道“文明餐桌”行动覆盖辖区120家餐馆（" + System.nanoTime() % 100_000 + "）";
        long item = new DeskApi(base).takenReport("haidian", title, "<p>街道联合市场所在辖区120家餐馆推行公筷公勺、按需点餐，张贴提示牌600余张。</p>");
        signIn("editor");
        driver.get(base + "editor/item.xhtml?id=" + item);
        Browser.clickSettled(driver, By.id("actions:accept"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemStatus"), "采用待编"));

        driver.get(base + "editor/upward.xhtml");
        wait(ExpectedConditions.attributeToBe(By.id("sendForm:addressee"), "value", "首都文明办"));
        type("sendForm:items", item + "，");
        Browser.clickSettled(driver, By.id("sendForm:send"));
        String growl = wait(d -> {
            String shown = d.findElement(By.cssSelector(".ui-growl")).getText();
            return SENT.matcher(shown).find() ? shown : null;
        });
        Matcher sent = SENT.matcher(growl);
        assertTrue(sent.find(), growl);
        String series = sent.group(1);
        WebElement row = sendRow(title);
        assertTrue(row.getText().contains(series), row.getText());
        assertTrue(row.getText().contains(title + "（海淀街道）"), "the unit is credited: " + row.getText());
        snapshot("sent");
        Path docx = download(By.xpath(
                "//tbody[@id='sendsForm:sends_data']/tr[contains(., '" + title + "')]//a[contains(@id, ':download')]"));
        assertEquals("信息报送-" + series + "-首都文明办.docx", docx.getFileName().toString());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains(title) && text.contains("120家餐馆"), "the package carries the item: " + text);
        }

        chooseOption("sendsForm:adoptSend", series + " 首都文明办");
        chooseOption("sendsForm:adoptItem", title);
        chooseOption("sendsForm:adoptOutlet", "北京日报");
        chooseOption("sendsForm:adoptMode", "全文采用");
        Browser.clickSettled(driver, By.id("sendsForm:adopt"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已记录：北京日报全文采用"));
        wait(ExpectedConditions.textToBePresentInElementLocated(sendRowAt(title), "北京日报"));
        snapshot("adopted");
    }

    @Test
    void whatCannotBeSentIsExplainedInChineseAndNothingIsRecorded() throws Exception {
        String title = "海淀街道开展“邻里守望”志愿服务（" + System.nanoTime() % 100_000 + "）";
        long waiting = new DeskApi(base).takenReport("haidian", title, "<p>街道组织志愿者80余名，为独居老人提供上门探访服务。</p>");
        signIn("editor");
        driver.get(base + "editor/upward.xhtml");

        type("sendForm:items", "12、一二");
        Browser.clickSettled(driver, By.id("sendForm:send"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "信息编号“一二”无效，请填写数字，用逗号分隔"));

        type("sendForm:items", String.valueOf(waiting));
        Browser.clickSettled(driver, By.id("sendForm:send"));
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), "信息《" + title + "》待筛选，只有已采用的信息可以上报"));
        assertFalse(text(By.id("sendsForm:sends")).contains(title), "a refused send is not recorded");

        Browser.clickSettled(driver, By.id("sendsForm:adopt"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "请选择报送记录、信息和采用的刊物/媒体"));
    }

    /** The row of the send list carrying the item titled {@code title}. */
    private WebElement sendRow(String title) {
        return wait(ExpectedConditions.presenceOfElementLocated(sendRowAt(title)));
    }

    private static By sendRowAt(String title) {
        return By.xpath("//tbody[@id='sendsForm:sends_data']/tr[contains(., '" + title + "')]");
    }
}
