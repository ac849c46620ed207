package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Small things a new user stumbles over, in a real Chromium: a long title counted rather than cut,
 * every form error at once, a success message once, the date picker in Chinese, the header on one
 * line at laptop widths.
 */
class SmallThingsBrowserIT extends BrowserTest {

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void aLongTitleIsCountedNotCutAndEveryProblemOfTheFormIsShownAtOnce() {
        signIn("haidian");
        driver.get(base + "officer/item-edit.xhtml");
        String title = "海淀街道".repeat(26) + "开展垃圾分类";
        type("editForm:title", title);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("titleCounter"), "超出10字"));
        assertEquals(title, driver.findElement(By.id("editForm:title")).getDomProperty("value"), "nothing cut");
        assertEquals("true", driver.findElement(By.id("editForm:title")).getDomAttribute("aria-invalid"));

        Browser.clickSettled(driver, By.id("editForm:saveDraft"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "正文不能为空"));
        String shown = text(By.cssSelector(".ui-growl"));
        assertTrue(shown.contains("标题有110个字，超过100字的上限，请删减10个字"), shown);
        assertEquals(title, driver.findElement(By.id("editForm:title")).getDomProperty("value"));

        type("editForm:title", "海淀街道开展垃圾分类入户宣传");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("titleCounter"), "还可输入86字"));
        js("document.querySelectorAll('.ui-growl-item-container').forEach(function (e) { e.remove(); });");
        WebElement editor =
                wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='editForm:body_editor'] .ql-editor")));
        editor.click();
        editor.sendKeys("12月5日，海淀街道组织志愿者入户宣传垃圾分类知识。");
        Browser.clickSettled(driver, By.id("editForm:saveDraft"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "草稿已保存"));
        wait(Browser::settled);
        long times = (Long) js("return Array.from(document.querySelectorAll('.ui-growl-message, .ui-messages li'))"
                + ".filter(function (e) { return e.textContent.indexOf('草稿已保存') >= 0; }).length;");
        assertEquals(1, times, "the success message appears once");
    }

    @Test
    void theDatePickerReadsInChineseOrderAndItsButtonHasAChineseName() {
        signIn("haidian");
        driver.get(base + "officer/item-edit.xhtml");
        WebElement trigger = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='editForm:eventDate'] .ui-datepicker-trigger")));
        wait(ExpectedConditions.attributeToBe(trigger, "aria-label", "选择日期"));
        js("PF('eventDatePicker').setDate(new Date(2026, 11, 6)); PF('eventDatePicker').show();");
        wait(Browser::settled);
        String heading = (String) js("return document.querySelector('.ui-datepicker-title').innerText;");
        String year = (String) js("var y = document.querySelector('.ui-datepicker-title .ui-datepicker-year');"
                + " return y.textContent + getComputedStyle(y, '::after').content;");
        assertTrue(heading.startsWith("2026"), heading);
        assertTrue(heading.contains("十二月"), heading);
        assertEquals("2026\"年\"", year);
        snapshot("date-picker");
    }

    @Test
    void theHeaderStaysOnOneLineAtLaptopWidths() {
        for (String login : List.of("admin", "editor")) {
            signIn(login);
            for (int width : new int[] {1366, 1440}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(base + "index.xhtml");
                wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bd-header")));
                long tops = (Long) js("var s = new Set(); document.querySelectorAll("
                        + "'.bd-header .ui-menubar > .ui-menu-list > li, .bd-header .bd-user, .bd-brand')"
                        + ".forEach(function (e) { s.add(Math.round(e.getBoundingClientRect().top / 10)); });"
                        + " return s.size;");
                long height = (Long)
                        js("return Math.round(document.querySelector('.bd-header').getBoundingClientRect().height);");
                assertTrue(height < 80, login + " at " + width + " px: the header is " + height + " px high");
                assertTrue(tops <= 2, login + " at " + width + " px: menu items on " + tops + " rows");
            }
            snapshot("header-" + login + "-1366");
            driver.manage().deleteAllCookies();
        }
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }
}
