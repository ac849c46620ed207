package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 定期通报与定时任务 in a real headless Chromium: an administrator enters 2026's National Day holiday
 * (国务院办公厅, 2025-11-04: 10月1日至7日放假调休) into the working calendar as one range, sees its
 * seven days, and takes them out again one by one; the jobs and their runs are listed on the same page.
 */
class RhythmBrowserIT extends BrowserTest {

    private List<String> holidayRows() {
        try {
            return driver
                    .findElements(By.cssSelector(
                            "[id='calendarForm:calendarDays_data'] > tr:not(.ui-datatable-empty-message)"))
                    .stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains("国庆节"))
                    .toList();
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    @Test
    void anAdministratorEntersTheNationalDayHolidayAsOneRangeAndTakesItOutAgain() {
        signIn("admin");
        driver.get(base + "admin/rhythm.xhtml");
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("jobsForm:jobs")));
        assertTrue(text(By.id("jobsForm:jobs")).contains("monthly-report"), "the jobs are listed");

        ((JavascriptExecutor) driver)
                .executeScript("PF('calendarFrom').setDate(new Date(2026, 9, 1));"
                        + " PF('calendarTo').setDate(new Date(2026, 9, 7));");
        wait(ExpectedConditions.attributeToBe(By.id("calendarForm:from_input"), "value", "2026-10-01"));
        wait(ExpectedConditions.attributeToBe(By.id("calendarForm:to_input"), "value", "2026-10-07"));
        type("calendarForm:note", "国庆节");
        Browser.clickSettled(driver, By.id("calendarForm:addDays"));

        wait(d -> {
            List<String> rows = holidayRows();
            return rows != null && rows.size() == 7;
        });
        List<String> rows = holidayRows();
        assertTrue(rows.get(0).startsWith("2026-10-01"), rows.get(0));
        assertTrue(rows.get(0).contains("放假"), rows.get(0));
        assertTrue(text(By.id("calendarForm")).contains("工作日历（2026年）"));
        snapshot("working-calendar");

        for (int left = 6; left >= 0; left--) {
            Browser.clickSettled(
                    driver,
                    By.xpath("//tbody[@id='calendarForm:calendarDays_data']/tr[contains(., '国庆节')][1]//button"));
            int expected = left;
            wait(d -> {
                List<String> now = holidayRows();
                return now != null && now.size() == expected;
            });
        }
        assertEquals(List.of(), holidayRows());
    }
}
