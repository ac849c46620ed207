package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The editors' inbox and desk in a real Chromium: bulk actions on ticked rows, and the desk's keys. */
class InboxDeskBrowserIT extends BrowserTest {

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("[id='inboxForm:inbox_data'] > tr[data-rk]"));
    }

    private void openInbox() {
        driver.get(base + "editor/inbox.xhtml");
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='inboxForm:inbox_data'] a[id$=':title']")));
        wait(Browser::settled);
    }

    /** Ticks rows through the table widget's own API, as a click on their boxes would. */
    private void tick(int... indexes) {
        for (int i : indexes) {
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "PF('inbox').selectRow(PF('inbox').tbody.children('tr').eq(arguments[0]), false);", i);
        }
    }

    @Test
    void editorReturnsTwoTickedItemsWithAStockReasonAndAcceptsAnotherInOneGo() {
        signIn("editor");
        openInbox();
        List<WebElement> before = rows();
        assertTrue(before.size() >= 4, "enough waiting items in the demo district");
        int last = before.size() - 1;
        String first = before.get(last).getDomAttribute("data-rk");
        String second = before.get(last - 1).getDomAttribute("data-rk");
        tick(last, last - 1);
        Browser.chooseOption(driver, "inboxForm:bulkStockReason", "一条信息写了几件事");
        Browser.clickSettled(driver, By.id("inboxForm:bulkReturn"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已退回2条信息"));
        wait(Browser::settled);
        List<String> waiting =
                rows().stream().map(r -> r.getDomAttribute("data-rk")).toList();
        assertFalse(waiting.contains(first) || waiting.contains(second), "returned items leave the waiting list");

        String accepted = rows().get(0).getDomAttribute("data-rk");
        tick(0);
        Browser.clickSettled(driver, By.id("inboxForm:bulkAccept"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已采用1条信息"));
        driver.get(base + "editor/item.xhtml?id=" + first);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemStatus"), "退回修改"));
        assertTrue(text(By.id("itemPanel")).contains("一条信息写了几件事，请一事一报、分条报送"));
        driver.get(base + "editor/item.xhtml?id=" + accepted);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("itemStatus"), "采用待编"));
        snapshot("bulk");
    }

    @Test
    void theDeskIsWorkedWithTheKeysItsPageLists() {
        signIn("editor");
        openInbox();
        String firstId = rows().get(0).getDomAttribute("data-rk");
        driver.get(base + "editor/item.xhtml?id=" + firstId);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("itemTitleText")));
        String shortcuts = (String) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.bd-shortcuts').textContent;");
        for (String key : List.of("J", "K", "A", "T", "R")) {
            assertTrue(shortcuts.contains(key), "the page lists the key " + key);
        }
        String url = driver.getCurrentUrl();
        new Actions(driver).sendKeys("j").perform();
        wait(ExpectedConditions.not(ExpectedConditions.urlToBe(url)));
        assertNotEquals(firstId, driver.getCurrentUrl().replaceAll(".*id=", ""));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("previousItem")));
        new Actions(driver).sendKeys("k").perform();
        wait(ExpectedConditions.urlContains("id=" + firstId));
        wait(Browser::settled);
        new Actions(driver).sendKeys("t").perform();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("tagDialog")));
        ((JavascriptExecutor) driver).executeScript("PF('tagDialog').hide();");
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("tagDialog")));
        assertEquals("待筛选", text(By.id("itemStatus")).strip(), "T opened the dialog and changed nothing");
    }
}
