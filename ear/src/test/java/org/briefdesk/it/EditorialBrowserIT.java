package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The editors' desk in a real headless Chromium: from the inbox to a tagged, accepted item and its
 * trail; the 信息属性 and 标记为重复 dialogs of the item page.
 */
class EditorialBrowserIT extends BrowserTest {

    @Test
    void editorTagsAnInboxItemIntoWorkUpdatesAcceptsItAndSeesTheTrail() {
        signIn("editor");
        driver.findElement(By.xpath("//a[.//span[text()='收件箱']]")).click();
        wait(ExpectedConditions.urlContains("editor/inbox.xhtml"));
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='inboxForm:inbox_data'] a[id$=':title']")));
        snapshot("inbox");

        WebElement link = waitingLink();
        String title = link.getText();
        link.click();
        wait(ExpectedConditions.urlContains("editor/item.xhtml"));
        assertTrue(text(By.id("itemTitleText")).equals(title), "the item the editor chose is open");
        assertTrue(text(By.id("itemStatus")).contains("待筛选"));

        driver.findElement(By.id("actions:tag")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("tagDialog")));
        Browser.clickSettled(
                driver,
                By.xpath(
                        "//*[@id='tagForm:columns']//label[normalize-space()='工作动态']/..//div[contains(@class,'ui-chkbox-box')]"));
        driver.findElement(By.id("tagForm:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "栏目已保存"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("tagDialog")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemPanel"), "工作动态"));

        wait(ExpectedConditions.elementToBeClickable(By.id("actions:accept"))).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemStatus"), "采用待编"));
        assertTrue(driver.findElements(By.id("actions:accept")).isEmpty(), "an accepted item cannot be accepted again");

        String trail = text(By.id("trail"));
        assertTrue(trail.contains("归入栏目") && trail.contains("归入工作动态"), trail);
        assertTrue(trail.contains("采用待编"), trail);
        assertTrue(trail.contains("王编辑"), trail);
        snapshot("item");
    }

    @Test
    void editorMarksAHazardReportAsAnEarlyWarningAndItsRepeatAsADuplicateOfIt() throws Exception {
        long run = System.nanoTime() % 100_000;
        String hazard = "海淀街道发现老旧小区外墙瓷砖脱落隐患（" + run + "）";
        DeskApi api = new DeskApi(base);
        long original = api.takenReport("haidian", hazard, "<p>街道巡查发现某小区3号楼外墙瓷砖松动脱落，已设置临时围挡。</p>");
        long repeat =
                api.takenReport("haidian", "海淀街道老旧小区外墙瓷砖脱落已设围挡（" + run + "）", "<p>某小区3号楼外墙瓷砖脱落，街道已设置围挡并通知产权单位。</p>");
        signIn("editor");

        driver.get(base + "editor/item.xhtml?id=" + original);
        Browser.clickSettled(driver, By.id("actions:flags"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("flagsForm:earlyWarning")));
        Browser.clickSettled(driver, By.cssSelector("[id='flagsForm:earlyWarning'] .ui-chkbox-box"));
        wait(ExpectedConditions.elementSelectionStateToBe(By.id("flagsForm:earlyWarning_input"), true));
        Browser.clickSettled(driver, By.id("flagsForm:save"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "信息属性已保存"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("flagsDialog")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemPanel"), "预警"));

        driver.get(base + "editor/item.xhtml?id=" + repeat);
        Browser.clickSettled(driver, By.id("actions:duplicate"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("duplicateForm:number")));
        wait(Browser::settled);
        type("duplicateForm:number", "三号楼");
        Browser.clickSettled(driver, By.id("duplicateForm:save"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "信息编号应为数字"));
        assertTrue(driver.findElement(By.id("duplicateDialog")).isDisplayed(), "the dialog stays open");

        type("duplicateForm:number", String.valueOf(original));
        Browser.clickSettled(driver, By.id("duplicateForm:save"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已标记为重复"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("duplicateDialog")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemStatus"), "不予采用"));
        assertTrue(text(By.id("itemPanel")).contains("不予采用原因：与“" + hazard + "”重复"), text(By.id("itemPanel")));
    }

    /** A waiting item of 海淀街道 when there is one on the first page (other tests look at other units' items). */
    private WebElement waitingLink() {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='inboxForm:inbox_data'] > tr"));
        WebElement row = rows.stream()
                .filter(r -> r.getText().contains("海淀街道"))
                .findFirst()
                .orElse(rows.get(0));
        return row.findElement(By.cssSelector("a[id$=':title']"));
    }
}
