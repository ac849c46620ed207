package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 词典与同义词 in a real headless Chromium: an editor previews how a new term changes a sentence's
 * segmentation, saves it, undoes it from the history, and re-analyses the archive.
 */
class LexiconBrowserIT extends BrowserTest {

    private static final String TERM = "三山五园";

    @Test
    void anEditorPreviewsSavesAndUndoesATermAndReanalysesTheArchive() {
        signIn("editor");
        driver.get(base + "lexicon/dictionary.xhtml");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lexiconForm:terms")));

        type("lexiconForm:sentence", "三山五园地区开展文物保护志愿服务");
        type("lexiconForm:word", TERM);
        ((JavascriptExecutor) driver).executeScript("PF('posMenu').selectValue('ns')");
        driver.findElement(By.id("lexiconForm:preview")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("after")));
        assertFalse(text(By.id("before")).contains(TERM + " /"), "HanLP cuts the name today: " + text(By.id("before")));
        assertTrue(text(By.id("after")).startsWith(TERM + " /"), text(By.id("after")));

        driver.findElement(By.id("lexiconForm:saveTerm")).click();
        awaitText(By.id("lexiconForm:history"), h -> h.contains("新增词条“" + TERM + "（地名）”"));
        awaitText(By.id("before"), b -> b.startsWith(TERM + " /"));

        // the newest change is the first row of the history: undo it
        Browser.clickSettled(driver, By.id("lexiconForm:history:0:undo"));
        awaitText(By.id("lexiconForm:history"), h -> h.contains("撤销#") && h.contains("已撤销"));
        awaitText(By.id("before"), b -> !b.startsWith(TERM + " /"));

        assertTrue(text(By.id("phase")).startsWith("尚未重新分词"), text(By.id("phase")));
        driver.findElement(By.id("lexiconForm:reanalyse")).click();
        awaitText(By.id("phase"), p -> p.startsWith("重新分词完成"));
        snapshot("reanalysed");
    }

    /** Waits until the element shows the expected text; the form re-renders after each action. */
    private void awaitText(By by, Predicate<String> expected) {
        browser.waitFor(d -> {
            try {
                return expected.test(d.findElement(by).getText());
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }
}
