package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 代录信息 in a real headless Chromium: an editor records a unit's paper report, is told what is
 * missing in Chinese first, and finds the item waiting with its channel. The quarantine page is
 * reached from the same menu and tells that no mailbox is configured.
 */
class TakenReportBrowserIT extends BrowserTest {

    @Test
    void anEditorRecordsAPaperReportForAUnitAndFindsItWithItsChannel() {
        String title = "北下关街道纸质报送：社区养老驿站新增助餐点" + System.nanoTime() % 100_000;
        signIn("editor");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='takenMenu']")))
                .click();
        wait(ExpectedConditions.urlContains("editor/taken.xhtml"));

        type("takenForm:title", title);
        type("takenForm:body", "街道在3个社区养老驿站新增助餐点，每天为200余名老人提供午餐。");
        Browser.clickSettled(driver, By.id("takenForm:record"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("takenForm:messages"), "请选择报送单位"));

        chooseOption("takenForm:unit", "北下关街道");
        Browser.clickSettled(driver, By.xpath("//label[text()='纸质']"));
        Browser.clickSettled(driver, By.id("takenForm:record"));
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("takenForm:messages"), "已代录北下关街道的信息《" + title + "》（纸质），已进入待筛选"));
        assertEquals(
                "", driver.findElement(By.id("takenForm:title")).getDomProperty("value"), "ready for the next one");
        snapshot("taken-report-recorded");

        Browser.clickSettled(driver, By.id("takenForm:recordedLink"));
        wait(ExpectedConditions.urlContains("editor/item.xhtml"));
        assertEquals(title, text(By.id("itemTitleText")));
        assertEquals("纸质", text(By.id("itemChannel")));
        assertTrue(text(By.id("itemUnit")).contains("北下关街道"));
        assertEquals("待筛选", text(By.id("itemStatus")));
    }

    @Test
    void theQuarantinePageSaysWhenNoMailboxIsConfigured() {
        signIn("editor");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='quarantineMenu']")))
                .click();
        wait(ExpectedConditions.urlContains("editor/quarantine.xhtml"));
        assertEquals("未配置收信邮箱", text(By.id("quarantineForm:mailbox")));
        Browser.clickSettled(driver, By.id("quarantineForm:pollNow"));
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("quarantineForm:messages"), "未配置收信邮箱（BRIEFDESK_MAILBOX_HOST），无法收取邮件"));
    }
}
