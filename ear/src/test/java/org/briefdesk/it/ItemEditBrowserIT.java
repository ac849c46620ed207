package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.briefdesk.application.editorial.EditorialService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The item page's 编辑加工 dialog with two editors at their own desks (two headless Chromium windows,
 * 王编辑 and 李编辑): a revised title and body are saved as the next version, and the editor who saves
 * over a text the other saved first is told so and sees that text, which stays as it was saved.
 */
@ExtendWith(ArquillianExtension.class)
class ItemEditBrowserIT {

    @RegisterExtension
    static final Browser wangBrowser = new Browser("editor");

    @RegisterExtension
    static final Browser liBrowser = new Browser("editor2");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @Test
    void anEditorRevisesTitleAndBodyAndTheEditorWhoSavesSecondIsToldTheOtherSavedFirst() throws Exception {
        long run = System.nanoTime() % 100_000;
        long id = new DeskApi(base)
                .takenReport("xueyuanlu", "学院路街道开展垃圾分类桶前值守（" + run + "）", "<p>12月5日，学院路街道组织志愿者在辖区小区开展垃圾分类桶前值守。</p>");
        WebDriver wang = wangBrowser.driver();
        WebDriver li = liBrowser.driver();
        Browser.signIn(wang, base, "editor");
        Browser.signIn(li, base, "editor2");
        // Both open the item before either edits it: each page holds the version it showed.
        wang.get(base + "editor/item.xhtml?id=" + id);
        li.get(base + "editor/item.xhtml?id=" + id);
        wait(li, ExpectedConditions.visibilityOfElementLocated(By.id("itemTitleText")));

        String revised = "学院路街道志愿者桶前值守助力垃圾分类（" + run + "）";
        openEditDialog(wang);
        type(wang, "editForm:title", revised);
        appendToBody(wang, "共引导居民分类投放2000余人次。");
        Browser.clickSettled(wang, By.id("editForm:save"));
        wait(wang, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "修改已保存"));
        wait(wang, ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        wait(wang, ExpectedConditions.textToBePresentInElementLocated(By.id("itemTitleText"), revised));
        assertTrue(text(wang, By.id("itemBody")).contains("2000余人次"), text(wang, By.id("itemBody")));
        String revisions = text(wang, By.id("revisions"));
        assertTrue(revisions.contains("第1版") && revisions.contains("第2版"), revisions);
        assertTrue(revisions.contains("王编辑"), revisions);

        // 李编辑's dialog still holds the text as it was before 王编辑 saved.
        openEditDialog(li);
        assertEquals(
                "学院路街道开展垃圾分类桶前值守（" + run + "）",
                li.findElement(By.id("editForm:title")).getAttribute("value"));
        type(li, "editForm:title", "学院路街道桶前值守（" + run + "）");
        Browser.clickSettled(li, By.id("editForm:save"));
        wait(
                li,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ui-growl"), EditorialService.STALE));
        wait(li, ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        wait(li, ExpectedConditions.textToBePresentInElementLocated(By.id("itemTitleText"), revised));
        assertTrue(text(li, By.id("itemBody")).contains("2000余人次"), "李编辑 now sees 王编辑's text");
        assertFalse(text(li, By.id("revisions")).contains("李编辑"), "the refused save left no version");

        wang.get(base + "editor/item.xhtml?id=" + id);
        wait(wang, ExpectedConditions.textToBePresentInElementLocated(By.id("itemTitleText"), revised));
        assertFalse(text(wang, By.id("revisions")).contains("第3版"), text(wang, By.id("revisions")));
    }

    /** Opens 编辑加工 and waits until its form has arrived and the dialog has stopped moving. */
    private static void openEditDialog(WebDriver driver) {
        Browser.clickSettled(driver, By.id("actions:edit"));
        wait(driver, ExpectedConditions.visibilityOfElementLocated(By.id("editDialog")));
        wait(driver, ExpectedConditions.elementToBeClickable(By.id("editForm:title")));
        wait(driver, Browser::settled);
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement input = wait(driver, ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }

    /** Types a sentence at the end of the rich-text body with the keyboard, as an editor does. */
    private static void appendToBody(WebDriver driver, String sentence) {
        WebElement body = wait(
                driver, ExpectedConditions.elementToBeClickable(By.cssSelector("[id='editForm:body'] .ql-editor")));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), sentence);
        wait(driver, ExpectedConditions.textToBePresentInElement(body, sentence));
    }

    private static String text(WebDriver driver, By by) {
        return wait(driver, ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .strip();
    }

    /** Waits for the condition, looking afresh while Ajax redraws what it looked at. */
    private static <T> T wait(WebDriver driver, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Browser.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
