package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every role's main pages at a phone's 390 × 844 and a laptop's 1366 × 768, in a real Chromium:
 * no horizontal scrolling, nothing cut, tap targets of at least 40 px on the phone, and no serious
 * or critical accessibility violation (axe-core). Screenshots of both sizes go to target/screenshots.
 */
class LayoutBrowserIT extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1366, 768);

    @AfterEach
    void backToTheUsualWindow() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().deleteAllCookies();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** What is wrong with the page at this size; empty when nothing. */
    @SuppressWarnings("unchecked")
    private List<String> problems(String page, Dimension size, boolean phoneRole) {
        List<String> found = new ArrayList<>();
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
        if (overflow > 0) {
            List<String> wide = (List<String>) js("""
                    const w = window.innerWidth, out = [];
                    document.querySelectorAll('body *').forEach(e => {
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && r.right > w + 1 && out.length < 5) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
                    });
                    return out;""");
            found.add(page + ": scrolls sideways by " + overflow + " px: " + wide);
        }
        List<String> cut = (List<String>) js("""
                const out = [];
                document.querySelectorAll('h1, h2, .bd-rank-name, td.bd-unit-name, a[id$=":open"], a[id$=":title"]').forEach(e => {
                  const r = e.getBoundingClientRect();
                  if (e.offsetParent !== null && e.textContent.trim() && (r.width < 24 || e.scrollWidth > e.clientWidth + 2 && getComputedStyle(e).overflow !== 'visible'))
                    out.push(e.tagName + ' “' + e.textContent.trim().slice(0, 20) + '” ' + Math.round(r.width) + ' px');
                });
                return out;""");
        cut.forEach(c -> found.add(page + ": cut: " + c));
        if (phoneRole && size.equals(PHONE)) {
            List<String> small = (List<String>) js("""
                    const out = [];
                    const hidden = e => e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, [aria-hidden="true"], .bd-visually-hidden, .ql-clipboard, .ui-overlay-hidden');
                    document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=combobox], [role=switch], summary').forEach(e => {
                      const r = e.getBoundingClientRect();
                      if (e.offsetParent === null || r.width <= 2 || r.height <= 2 || hidden(e)) return;
                      if (getComputedStyle(e).visibility === 'hidden') return;
                      if (r.height < 39.5 || r.width < 39.5) out.push((e.id || e.tagName + '.' + e.className) + ' ' + Math.round(r.width) + '×' + Math.round(r.height) + ' “' + (e.textContent || e.value || '').trim().slice(0, 12) + '”');
                    });
                    return out;""");
            small.forEach(s -> found.add(page + ": tap target under 40 px: " + s));
        }
        AccessibilityCheck.seriousViolations(driver).forEach(v -> found.add(page + ": " + v));
        return found;
    }

    private void visit(String login, List<String> pages, boolean phoneRole, List<String> found) {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                driver.get(base + page);
                wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bd-main")));
                wait(Browser::settled);
                String name = login + "-" + page.replaceAll("[^a-z]+", "-") + "-" + size.getWidth();
                snapshot(name);
                found.addAll(problems(login + " " + page + " @" + size.getWidth(), size, phoneRole));
            }
        }
    }

    /** An editor publishes a one-entry issue, so the leader has one to read (the demo district has none). */
    private void publishAnIssue() {
        signIn("editor");
        driver.get(base + "editor/issues.xhtml");
        wait(ExpectedConditions.elementToBeClickable(By.id("newIssueForm:create")))
                .click();
        wait(ExpectedConditions.urlContains("editor/issue.xhtml?id="));
        Browser.clickSettled(
                driver, By.cssSelector("[id='issueForm:available_data'] > tr:nth-child(1) .ui-chkbox-box"));
        driver.findElement(By.id("issueForm:addSelected")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已编入1条信息"));
        Browser.clickSettled(driver, By.id("issueForm:publish"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickSettled(driver, By.cssSelector(".ui-confirmdialog-yes"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("issueForm:status"), "已发布"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void theLeadersIssueListReadingAndInstructionFitAPhoneAndALaptop() {
        signIn("leader");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("issues")));
        if (driver.findElements(By.cssSelector("a[id$=':open']")).isEmpty()) {
            driver.manage().deleteAllCookies();
            publishAnIssue();
            signIn("leader");
            wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id$=':open']")));
        }
        String issue =
                driver.findElements(By.cssSelector("a[id$=':open']")).get(0).getDomAttribute("href");
        String issuePage = issue.substring(issue.indexOf("briefing/"));
        driver.manage().window().setSize(PHONE);
        driver.get(base + "leader/home.xhtml");
        long titleWidth = (Long)
                js("return Math.round(document.querySelector('a[id$=\":open\"]').getBoundingClientRect().width);");
        assertTrue(titleWidth > 120, "the issue titles show on a phone: " + titleWidth + " px");
        long menuHeight =
                (Long) js("return Math.round(document.querySelector('.bd-header').getBoundingClientRect().height);");
        assertTrue(menuHeight < 844 / 6, "the header takes " + menuHeight + " px of 844");
        List<String> found = new ArrayList<>();
        visit("leader", List.of("leader/home.xhtml", issuePage, "statistics/ranking.xhtml"), true, found);
        assertEquals(List.of(), found);
    }

    @Test
    void theOfficersWritingSubmittingSolicitationsAndResultsFitAPhoneAndALaptop() {
        signIn("haidian");
        List<String> found = new ArrayList<>();
        visit(
                "officer",
                List.of("officer/home.xhtml", "officer/item-edit.xhtml", "statistics/report.xhtml"),
                true,
                found);
        assertEquals(List.of(), found);
    }

    @Test
    void theEditorsAndAdministratorsPagesFitALaptopAndDoNotScrollSidewaysOnAPhone() {
        List<String> found = new ArrayList<>();
        signIn("editor");
        visit(
                "editor",
                List.of("editor/home.xhtml", "editor/inbox.xhtml", "editor/issues.xhtml", "search.xhtml?q=垃圾分类"),
                false,
                found);
        driver.manage().deleteAllCookies();
        signIn("admin");
        visit("admin", List.of("admin/units.xhtml", "admin/accounts.xhtml"), false, found);
        assertEquals(List.of(), found);
    }
}
