package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The editors' desk in a real headless Chromium: from the inbox to a tagged, accepted item and its trail. */
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
