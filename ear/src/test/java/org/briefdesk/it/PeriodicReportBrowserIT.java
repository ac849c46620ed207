package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 定期通报 as the district leader reads it, in a real headless Chromium: the office names 张区长 among
 * those the reports go to, the monthly report is issued on the first working day of March 2028 (the
 * server's test clock is moved there), and 张区长 opens it from the bell's notice, reads the summary
 * and downloads the Word file; the editor sees the same report with whom it went to.
 */
class PeriodicReportBrowserIT extends BrowserTest {

    /** Wednesday 1 March 2028, 08:30 in Beijing: the first working day after February 2028. */
    private static final String FIRST_WORKING_DAY_OF_MARCH = "2028-03-01T08:30:00+08:00";

    private static final String LEADER = "张区长";

    @AfterEach
    void realTimeAndNoLeaderOnTheList() throws Exception {
        new DeskApi(base).resetClock();
        driver.manage().deleteAllCookies();
        signIn("admin");
        driver.get(base + "admin/rhythm.xhtml");
        if (leaderTicked()) {
            Browser.clickSettled(driver, leaderBox());
            wait(d -> !leaderTicked());
            Browser.clickSettled(driver, By.id("settingsForm:save"));
            wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已保存定期通报设置"));
        }
    }

    @Test
    void theLeaderOpensTheMonthlyReportFromTheNoticeReadsItAndDownloadsTheWordFile() throws Exception {
        signIn("admin");
        driver.get(base + "admin/rhythm.xhtml");
        if (!leaderTicked()) {
            Browser.clickSettled(driver, leaderBox());
            wait(d -> leaderTicked());
        }
        Browser.clickSettled(driver, By.id("settingsForm:save"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已保存定期通报设置"));

        new DeskApi(base).moveClock(FIRST_WORKING_DAY_OF_MARCH);
        // The minute timer may get there first; either way the run is recorded on this page.
        Browser.clickSettled(driver, By.id("jobsForm:runDue"));
        wait(d -> {
            d.navigate().refresh();
            return Browser.settled(d)
                    && d.findElement(By.id("jobsForm")).getText().contains("已印发2028年2月月度通报");
        });

        driver.manage().deleteAllCookies();
        signIn("leader");
        driver.findElement(By.id("menuForm:bell")).click();
        wait(ExpectedConditions.urlContains("account/notices.xhtml"));
        WebElement notice = wait(ExpectedConditions.elementToBeClickable(
                By.xpath("//tbody[@id='noticesForm:list_data']//a[contains(., '（2028年2月）已印发，请在“定期通报”中查阅。')]")));
        assertTrue(notice.getText().startsWith("《宣传信息工作通报（2028年第"), notice.getText());
        notice.click();
        wait(ExpectedConditions.urlContains("statistics/reports.xhtml"));

        WebElement report = wait(ExpectedConditions.visibilityOfElementLocated(reportRow()));
        String row = report.getText();
        assertTrue(row.contains("月度通报 · 2028年2月 · 2028-03-01印发"), row);
        assertTrue(row.contains("2028年2月全区报送信息"), "the summary: " + row);
        List<String> files = report.findElements(By.cssSelector("a.bd-report-file")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(files.stream().anyMatch(f -> f.endsWith("（2028年2月）.docx")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.endsWith("（2028年2月）.xlsx")), files.toString());
        assertTrue(driver.findElements(By.xpath("//th[contains(., '印发范围')]")).isEmpty(), "a leader sees no recipients");
        snapshot("leader-reads");

        Path docx = download(By.xpath("//tbody[@id='reportsForm:reports_data']/tr[contains(., '2028年2月')]"
                + "//a[contains(@class, 'bd-report-file') and contains(., '.docx')]"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertTrue(words.getText().contains("宣传信息工作通报"), words.getText());
        }

        driver.manage().deleteAllCookies();
        signIn("editor");
        driver.get(base + "statistics/reports.xhtml");
        String asEditor =
                wait(ExpectedConditions.visibilityOfElementLocated(reportRow())).getText();
        assertTrue(asEditor.contains("1位领导") && asEditor.contains("（报：" + LEADER + "）"), asEditor);
        assertEquals(
                1, driver.findElements(By.xpath("//th[contains(., '印发范围')]")).size());
    }

    private static By reportRow() {
        return By.xpath("//tbody[@id='reportsForm:reports_data']/tr[contains(., '月度通报 · 2028年2月')]");
    }

    private static By leaderBox() {
        return By.xpath("//*[@id='settingsForm:leaders']//label[normalize-space()='" + LEADER
                + "']/..//div[contains(@class,'ui-chkbox-box')]");
    }

    private boolean leaderTicked() {
        WebElement label = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='settingsForm:leaders']//label[normalize-space()='" + LEADER + "']")));
        return driver.findElement(By.id(label.getDomAttribute("for"))).isSelected();
    }
}
