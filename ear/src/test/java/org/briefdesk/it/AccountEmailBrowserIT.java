package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator gives an officer an e-mail address for deadline reminders (账号管理): a
 * malformed address is refused in Chinese with nothing saved, a good one is listed, a blank one
 * removes it.
 */
class AccountEmailBrowserIT extends BrowserTest {

    @Test
    void anAdministratorSetsCorrectsAndRemovesAnOfficersEmailAddress() {
        WebDriver driver = browser.driver();
        String login = "ganjiakou" + System.nanoTime() % 10_000;
        browser.signIn(base, "admin");
        driver.get(base + "admin/accounts.xhtml");

        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("accountsForm:add")))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("accountDialog")));
        browser.type("accountForm:login", login);
        browser.type("accountForm:displayName", "甘家口信息员");
        browser.chooseOption("accountForm:role", "信息员");
        browser.chooseOption("accountForm:unit", "甘家口街道");
        browser.type("accountForm:email", "ganjiakou.xinxi@hd");
        browser.type("accountForm:password", "gjk2026xinxi");
        driver.findElement(By.id("accountForm:save")).click();
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:accountMessages"), "电子邮箱格式不正确"));
        assertTrue(driver.findElement(By.id("accountDialog")).isDisplayed(), "the dialog stays open");
        browser.snapshot(AccountEmailBrowserIT.class, "bad-email");

        browser.type("accountForm:email", "ganjiakou.xinxi@hd.bj.gov.cn");
        browser.type("accountForm:password", "gjk2026xinxi");
        driver.findElement(By.id("accountForm:save")).click();
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "账号“甘家口信息员”已保存"));
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("accountDialog")));
        filterByLogin(login);
        assertEquals(
                "ganjiakou.xinxi@hd.bj.gov.cn",
                inRow(
                        login,
                        r -> r.findElement(By.cssSelector("[id$=':email']")).getText()),
                "saved once, with the corrected address");

        inRow(login, r -> {
            r.findElement(By.cssSelector("button[id$=':edit']")).click();
            return true;
        });
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("accountDialog")));
        browser.waitFor(
                ExpectedConditions.attributeToBe(By.id("accountForm:email"), "value", "ganjiakou.xinxi@hd.bj.gov.cn"));
        browser.type("accountForm:email", "  ");
        driver.findElement(By.id("accountForm:save")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("accountDialog")));
        filterByLogin(login);
        assertEquals(
                "",
                inRow(
                        login,
                        r -> r.findElement(By.cssSelector("[id$=':email']")).getText()),
                "removed");
    }

    /** Narrows the table to the account with the login filter, as an administrator would. */
    private void filterByLogin(String login) {
        WebElement filter = browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='accountsForm:accounts'] thead input.ui-column-filter")));
        filter.clear();
        filter.sendKeys(login);
    }

    /** Applies {@code read} to the account's row once the table shows that row alone (filtering redraws it). */
    private <T> T inRow(String login, Function<WebElement, T> read) {
        return new WebDriverWait(browser.driver(), Browser.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("[id='accountsForm:accounts_data'] > tr"));
                    return rows.size() == 1 && rows.get(0).getText().contains(login) ? read.apply(rows.get(0)) : null;
                });
    }
}
