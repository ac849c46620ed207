package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bell and the issues sent to units, in two headless Chromium windows: 海淀街道's officer sees
 * the bell count a new solicitation and reads it off on the notices page; the editor publishes an
 * issue to every unit and the officer reads it under 本单位简报, which the editor sees as 已阅.
 */
class NotificationBrowserIT extends TwoDeskBrowserTest {

    @Test
    void theBellCountsANewNoticeAndTheListMarksItRead() {
        signIn(officer, "haidian");
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
        openNotices();
        Browser.clickSettled(officer, By.id("noticesForm:markAll"));
        wait(officer, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "提醒"));
        wait(officer, d -> bellCount(d).isEmpty());

        String topic = "文明餐桌行动（" + System.nanoTime() % 100_000 + "）";
        signIn(editor, "editor");
        editor.get(base + "editor/solicitations.xhtml");
        issueSolicitation(topic, "请报送本单位文明餐桌行动的做法与成效，800字以内。", "海淀街道");
        wait(
                editor,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ui-growl"), "约稿《" + topic + "》已发出"));

        officer.get(base + "officer/home.xhtml");
        assertEquals("1", bellCount(officer));
        assertTrue(officer.findElement(By.id("menuForm:bell"))
                .getDomAttribute("title")
                .contains("1条未读"));
        screenshot(officer, "bell");

        openNotices();
        WebElement row = wait(
                officer,
                ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tbody[@id='noticesForm:list_data']/tr[contains(.,'" + topic + "')]")));
        assertTrue(row.getText().contains("收到约稿"), row.getText());
        assertTrue(row.getText().contains("未读"), row.getText());
        row.findElement(By.cssSelector("a[id$=':read']")).click();
        wait(officer, d -> bellCount(d).isEmpty());
        wait(
                officer,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath("//tbody[@id='noticesForm:list_data']/tr[contains(.,'" + topic + "')]"), "已读"));
        screenshot(officer, "notices-read");
    }

    @Test
    void anOfficerReadsAnIssueSentToEveryUnitAndTheEditorSeesTheUnitsReceipt() {
        signIn(editor, "editor");
        editor.get(base + "editor/issues.xhtml");
        Browser.clickSettled(editor, By.id("newIssueForm:create"));
        wait(editor, ExpectedConditions.urlContains("editor/issue.xhtml?id="));
        String issueUrl = editor.getCurrentUrl();
        String issueId = issueUrl.substring(issueUrl.indexOf("id=") + 3);
        wait(
                        editor,
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("[id='issueForm:available_data'] > tr:nth-child(1) .ui-chkbox-box")))
                .click();
        editor.findElement(By.id("issueForm:addSelected")).click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已编入1条信息"));
        String headline = wait(editor, d -> {
            List<WebElement> h = d.findElements(By.cssSelector("[id^='issueForm:'][id$=':headline']"));
            return h.isEmpty() ? null : h.get(0).getText().strip();
        });

        ((JavascriptExecutor) editor).executeScript("PF('toAllUnitsBox').check()");
        Browser.clickSettled(editor, By.id("headerForm:saveHeader"));
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "期次信息已保存"));
        Browser.clickSettled(editor, By.id("issueForm:publish"));
        wait(editor, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickSettled(editor, By.cssSelector(".ui-confirmdialog-yes"));
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("issueForm:status"), "已发布"));

        signIn(officer, "haidian");
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
        officer.findElement(By.xpath("//a[.//span[text()='本单位简报']]")).click();
        wait(officer, ExpectedConditions.urlContains("officer/issues.xhtml"));
        WebElement row = wait(
                officer,
                ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tbody[@id='issues_data']/tr[.//a[contains(@href,'id=" + issueId + "')]]")));
        assertTrue(row.getText().contains("未读"), row.getText());
        row.findElement(By.cssSelector("a[id$=':open']")).click();
        wait(officer, ExpectedConditions.urlContains("briefing/issue.xhtml"));
        wait(officer, ExpectedConditions.textToBePresentInElementLocated(By.id("paper"), headline));
        assertTrue(
                officer.findElements(By.cssSelector("textarea[id$=':instruction']"))
                        .isEmpty(),
                "read-only");
        screenshot(officer, "unit-issue");
        officer.get(base + "officer/issues.xhtml");
        wait(
                officer,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath("//tbody[@id='issues_data']/tr[.//a[contains(@href,'id=" + issueId + "')]]"), "已阅"));

        editor.get(issueUrl);
        WebElement receipts =
                wait(editor, ExpectedConditions.visibilityOfElementLocated(By.id("issueForm:unitReceipts")));
        wait(editor, d -> rowOf(d, "海淀街道").contains("已阅"));
        assertTrue(receipts.isDisplayed());
    }

    private void openNotices() {
        officer.findElement(By.id("menuForm:bell")).click();
        wait(officer, ExpectedConditions.urlContains("account/notices.xhtml"));
        wait(officer, ExpectedConditions.presenceOfElementLocated(By.id("noticesForm:list")));
    }

    /** The number on the bell, or "" when there is nothing unread. */
    private static String bellCount(WebDriver driver) {
        List<WebElement> badge = driver.findElements(By.cssSelector("#menuForm\\:bell .bd-bell-count"));
        return badge.isEmpty() ? "" : badge.get(0).getText().strip();
    }

    /** The unit receipt row of a unit, found by its name in the 单位 column (paged: filter by text). */
    private static String rowOf(WebDriver driver, String unit) {
        return driver.findElements(By.cssSelector("[id='issueForm:unitReceipts_data'] > tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith(unit + " ") || t.startsWith(unit + "\n"))
                .findFirst()
                .orElse("");
    }
}
