package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 档案导入 as an administrator uses it: upload a JSONL archive, watch the progress bar, stop the
 * job, continue it, and see every record imported exactly once with the report to download. The
 * test waits on the page's state (the run's status and counts), never on time.
 */
class ArchiveImportBrowserIT extends BrowserTest {

    private static final By STATUS = By.id("runsForm:runs:0:status");

    /** An import with its index catch-up can take minutes on a busy machine. */
    private WebDriverWait patiently() {
        return new WebDriverWait(driver, Duration.ofMinutes(10), Duration.ofMillis(200));
    }

    /** The first run's status as the page has it now; null while the poll re-renders the table. */
    private String status() {
        try {
            return driver.findElement(STATUS).getAttribute("data-status");
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return null;
        }
    }

    /** Clicks a button of the polled table, again should the poll have re-rendered it meanwhile. */
    private void click(By button) {
        patiently().until(d -> {
            try {
                d.findElement(button).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    private int imported() {
        try {
            return Integer.parseInt(driver.findElement(By.id("runsForm:runs:0:imported"))
                    .getText()
                    .strip());
        } catch (StaleElementReferenceException | NoSuchElementException | NumberFormatException e) {
            return -1;
        }
    }

    @Test
    void anAdministratorUploadsAnArchiveStopsItContinuesItAndSeesItComplete() throws Exception {
        int n = 1_500;
        StringBuilder jsonl = new StringBuilder();
        String[] units = {"海淀街道", "学院路街道", "区城管委", "紫竹院街道"};
        for (int i = 0; i < n; i++) {
            String unit = units[i % units.length];
            jsonl.append("{\"title\":\"")
                    .append(unit)
                    .append("页面导入第")
                    .append(i)
                    .append("号信息\",\"body\":\"2021年5月")
                    .append(1 + i % 28)
                    .append("日，")
                    .append(unit)
                    .append("召开页面导入测试会议第")
                    .append(i)
                    .append("次，部署垃圾分类和背街小巷整治工作。\",\"unit\":\"")
                    .append(unit)
                    .append("\",\"key\":\"browser-")
                    .append(i)
                    .append("\"}\n");
        }
        signIn("admin");
        // the administrator's home page links to it (the menu keeps it in the 系统管理 drop-down)
        driver.get(base + "admin/home.xhtml");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("toImports")))
                .click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("pageTitle"), "档案导入"));
        upload("uploadForm:source_input", "页面导入测试.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));

        // the progress bar moves while the job runs; stop it after the first chunks
        patiently().until(d -> "STARTED".equals(status()) && imported() > 0);
        snapshot("running");
        click(By.id("runsForm:runs:0:stop"));
        patiently().until(d -> "STOPPED".equals(status()));
        int halfway = imported();
        // The stop lands after a chunk, or while the last step waits for the index: both continue.
        assertTrue(halfway > 0 && halfway <= n, "stopped halfway: " + halfway);

        click(By.id("runsForm:runs:0:restart"));
        patiently().until(d -> "COMPLETED".equals(status()));
        assertEquals(n, imported());
        assertEquals("0", text(By.id("runsForm:runs:0:skipped")));
        assertEquals("已完成", text(STATUS));
        assertTrue(text(By.id("runsForm:runs:0:progress")).contains("100%"));
        assertTrue(driver.findElement(By.id("runsForm:runs:0:report")).isDisplayed());
        snapshot("completed");
    }
}
