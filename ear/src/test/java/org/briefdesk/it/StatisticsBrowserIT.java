package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.shared.DistrictTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The statistics and ranking pages in a real headless Chromium, over the demo district's records. */
class StatisticsBrowserIT extends BrowserTest {

    private List<WebElement> rows() {
        return driver.findElements(
                By.cssSelector("[id='reportForm:stats_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    @Test
    void anEditorReadsTheMonthlyStatisticsSortsThemAndSwitchesToTheYear() {
        browser.signIn(base, "editor");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//a[.//span[text()='统计考核']]")))
                .click();
        browser.waitFor(ExpectedConditions.urlContains("statistics/report.xhtml"));
        LocalDate today = LocalDate.now(DistrictTime.ZONE);
        assertEquals(today.getYear() + "年" + today.getMonthValue() + "月", browser.text(By.id("periodLabel")));
        assertTrue(browser.text(By.id("rules")).contains("按最高分计算"));
        assertTrue(rows().size() > 20, "every reporting unit of the demo district has a row");
        String footer = browser.text(By.cssSelector("[id='reportForm:stats'] tfoot"));
        assertTrue(footer.startsWith("合计"), footer);
        assertTrue(
                driver.findElement(By.id("reportForm:levelChart")).isDisplayed(),
                "the adoptions-by-level chart is drawn");
        assertTrue(driver.findElement(By.id("reportForm:exportXlsx")).isDisplayed());
        browser.snapshot(StatisticsBrowserIT.class, "month");
        // shared ranks: units with equal points share a place and the next place skips (1, 2, 2, 4)
        List<long[]> rankAndScore = rows().stream()
                .map(r -> r.findElements(By.cssSelector("td")))
                .map(td -> new long[] {
                    Long.parseLong(td.get(0).getText().strip()),
                    Long.parseLong(td.get(11).getText().strip())
                })
                .toList();
        for (int i = 1; i < rankAndScore.size(); i++) {
            long[] before = rankAndScore.get(i - 1);
            long[] row = rankAndScore.get(i);
            assertEquals(before[1] == row[1] ? before[0] : i + 1, row[0], "名次 of row " + (i + 1));
        }

        // the first click on 报送 sorts ascending: the counts no longer follow the score order
        driver.findElement(By.xpath("//th[.//span[text()='报送']]")).click();
        browser.waitFor(d -> {
            try {
                List<Integer> sent = rows().stream()
                        .map(r -> Integer.parseInt(r.findElements(By.cssSelector("td"))
                                .get(3)
                                .getText()
                                .strip()))
                        .toList();
                return sent.size() > 1 && sent.equals(sent.stream().sorted().toList());
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });

        browser.chooseOption("reportForm:kind", "年度");
        browser.waitFor(ExpectedConditions.textToBe(By.id("periodLabel"), today.getYear() + "年度"));
        String total = browser.text(By.cssSelector("[id='reportForm:stats'] tfoot"));
        assertTrue(total.matches("合计\\s+\\d+.*"), total);
        browser.snapshot(StatisticsBrowserIT.class, "year");
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsRowAndTheRankingPage() {
        browser.signIn(base, "haidian");
        driver.get(base + "statistics/report.xhtml");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:stats")));
        List<WebElement> mine = rows();
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).getText().contains("海淀街道"), mine.get(0).getText());

        driver.findElement(By.linkText("考核评比排名")).click();
        browser.waitFor(ExpectedConditions.urlContains("statistics/ranking.xhtml"));
        LocalDate today = LocalDate.now(DistrictTime.ZONE);
        assertEquals(today.getYear() + "年度", browser.text(By.id("periodLabel")));
        String page = browser.text(By.id("rankingForm"));
        for (String heading : List.of("工委前3名", "部门前5名", "街乡镇前5名", "信息工作者前5名", "非重点网络单位工作突出")) {
            assertTrue(page.contains(heading), heading);
        }
        assertTrue(driver.findElements(By.cssSelector("#streets li")).stream()
                .allMatch(li -> Integer.parseInt(li.getAttribute("value")) <= 5));
        assertTrue(
                !driver.findElements(By.cssSelector("#streets li")).isEmpty(),
                "the demo district's streets have scores");
        browser.snapshot(StatisticsBrowserIT.class, "ranking");

        driver.get(base + "statistics/quota.xhtml");
        assertTrue(
                driver.getPageSource().contains("403") || driver.getTitle().contains("无权"),
                "officers have no quota board: " + driver.getTitle());
    }
}
