package org.briefdesk.it;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
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
 * What the browser tests with two people share: a unit's officer and the office's editor at their
 * own desks (two headless Chromium windows, each with its own session), the real EAR, and the steps
 * both tests take, such as the editor issuing a solicitation (约稿).
 */
@ExtendWith(ArquillianExtension.class)
abstract class TwoDeskBrowserTest {

    @RegisterExtension
    static final Browser officerBrowser = new Browser("officer");

    @RegisterExtension
    static final Browser editorBrowser = new Browser("editor");

    WebDriver officer;
    WebDriver editor;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @BeforeEach
    void useBrowsers() {
        officer = officerBrowser.driver();
        editor = editorBrowser.driver();
    }

    void signIn(WebDriver driver, String login) {
        Browser.signIn(driver, base, login);
    }

    static void type(WebDriver driver, String id, String value) {
        WebElement input = wait(driver, ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }

    static String text(WebDriver driver, By by) {
        return wait(driver, ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .strip();
    }

    /** Waits for the condition, looking afresh while Ajax redraws what it looked at. */
    static <T> T wait(WebDriver driver, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Browser.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Keeps what a window showed at the steps people look at, next to the failure screenshots. */
    void screenshot(WebDriver driver, String name) {
        Browser.snapshot(driver, getClass(), name);
    }

    /** The editor, on 约稿管理, issues a solicitation to one unit with a deadline three days ahead. */
    void issueSolicitation(String topic, String requirements, String unitShortName) {
        openNewSolicitation();
        editor.findElement(By.id("solicitationForm:topic")).sendKeys(topic);
        editor.findElement(By.id("solicitationForm:requirements")).sendKeys(requirements);
        setDeadline(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3));
        pickUnit(unitShortName);
        editor.findElement(By.id("solicitationForm:issue")).click();
    }

    void openNewSolicitation() {
        Browser.clickSettled(editor, By.id("solicitationsForm:add"));
        wait(editor, ExpectedConditions.visibilityOfElementLocated(By.id("solicitationDialog")));
        wait(editor, Browser::settled);
        wait(editor, ExpectedConditions.elementToBeClickable(By.id("solicitationForm:topic")));
    }

    void setDeadline(LocalDateTime deadline) {
        WebElement input = editor.findElement(By.id("solicitationForm:deadline_input"));
        input.clear();
        input.sendKeys(deadline.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        // Typed, as most editors do; the calendar opens only from its button, so nothing covers the form.
        input.sendKeys(Keys.TAB);
    }

    /** Ticks the unit in the unit picker through the widget's API; its overlay panel never opens. */
    void pickUnit(String shortName) {
        Browser.tickOption(editor, "solicitationForm:units", shortName);
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("solicitationForm:picked"), "已选 1 个单位"));
    }
}
