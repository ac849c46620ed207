package org.briefdesk.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * What every one-person browser test shares: the real EAR deployed for a client, one headless
 * Chromium per test class, the application's URL, and the steps a person takes, named as they are.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL base;

    WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk();
    }

    @BeforeEach
    void useBrowser() {
        driver = browser.driver();
    }

    void signIn(String login) {
        browser.signIn(base, login);
    }

    void type(String id, String value) {
        browser.type(id, value);
    }

    void chooseOption(String menuId, String label) {
        browser.chooseOption(menuId, label);
    }

    void upload(String inputId, String name, byte[] content) throws IOException {
        browser.upload(inputId, name, content);
    }

    Path download(By link) throws IOException {
        return browser.download(link);
    }

    String text(By by) {
        return browser.text(by);
    }

    <T> T wait(ExpectedCondition<T> condition) {
        return browser.waitFor(condition);
    }

    void snapshot(String name) {
        browser.snapshot(getClass(), name);
    }
}
