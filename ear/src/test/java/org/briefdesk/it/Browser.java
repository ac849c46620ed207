package org.briefdesk.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.briefdesk.infrastructure.demo.DemoData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for a browser test class: one browser per class, signed out after
 * every test, a screenshot kept when a test fails. Register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestWatcher {

    static final Duration WAIT = Duration.ofSeconds(20);

    /** Whose window this is in a test with two people ("editor", "officer"); empty otherwise. */
    private final String role;

    private Path profile;
    private ChromeDriver driver;

    Browser() {
        this("");
    }

    Browser(String role) {
        this.role = role;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        // A fresh profile per class: no cached pages, cookies or saved passwords from earlier runs.
        profile = Files.createTempDirectory("briefdesk-chromium");
        driver = start(profile);
    }

    /** A further, independent browser (e.g. a second person at another desk); the caller quits it. */
    static ChromeDriver start(Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=zh-CN",
                "--window-size=1400,1000",
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Every test starts signed out. */
    @Override
    public void afterEach(ExtensionContext context) {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String dir = System.getProperty("it.screenshots");
        if (driver == null || dir == null) {
            return;
        }
        try {
            // Both windows of a two-person test fail together: each keeps its own picture.
            Path file = Path.of(
                    dir,
                    context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + (role.isEmpty() ? "" : "-" + role) + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Keeps what a page looked like with the build's screenshots, for reviewing the layout. */
    void snapshot(Class<?> testClass, String name) {
        snapshot(driver, testClass, name);
    }

    static void snapshot(WebDriver driver, Class<?> testClass, String name) {
        String dir = System.getProperty("it.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path file = Path.of(dir, testClass.getSimpleName() + "-" + name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Signs in with a demo account's login and waits until the login page is left. */
    void signIn(URL base, String login) {
        signIn(driver, base, login);
    }

    static void signIn(WebDriver driver, URL base, String login) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("loginForm:login")).sendKeys(login);
        driver.findElement(By.id("loginForm:password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** Types into a field looked up afresh (Ajax updates re-render forms). */
    void type(String id, String value) {
        WebElement input = waitFor(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Picks the option of a p:selectOneMenu whose visible label contains {@code label}. The widget's
     * own API chooses it ({@code selectValue}, then the change event a click would fire), so no
     * animating overlay panel is ever clicked into; then waits until the label shows it and the
     * Ajax it started has answered.
     */
    void chooseOption(String menuId, String label) {
        chooseOption(driver, menuId, label);
    }

    static void chooseOption(WebDriver driver, String menuId, String label) {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);
                if (!w || !w.options || !PrimeFaces.ajax.Queue.isEmpty()) return false;
                var label = arguments[1];
                var option = Array.from(w.options).find(function (o) { return o.text.indexOf(label) >= 0; });
                if (!option) return false;
                if (w.getSelectedValue() !== option.value) { w.selectValue(option.value); w.triggerChange(); }
                return true;""", menuId, label)));
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        new WebDriverWait(driver, WAIT).until(Browser::settled);
    }

    /**
     * Ticks the option of a p:selectCheckboxMenu labelled {@code label} through the widget's
     * API and sends the change as a tick would; the overlay panel stays closed.
     */
    static void tickOption(WebDriver driver, String menuId, String label) {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);
                if (!w || !w.inputs || !PrimeFaces.ajax.Queue.isEmpty()) return false;
                var label = arguments[1];
                var input = Array.from(w.inputs).find(function (i) {
                    var text = document.querySelector('label[for="' + CSS.escape(i.id) + '"]');
                    return text && text.textContent.trim() === label;
                });
                if (!input) return false;
                if (!input.checked) { w.selectValue(input.value); w.callBehavior('change'); }
                return true;""", menuId, label)));
        new WebDriverWait(driver, WAIT).until(Browser::settled);
    }

    /**
     * The page is at rest: no PrimeFaces Ajax request pending, no jQuery animation and no CSS
     * enter/leave transition (overlays, dialogs fading in) running. Clicks wait for this instead of
     * for time, so they never land on something still moving.
     */
    static boolean settled(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty()) return false;
                if (window.jQuery && (jQuery.active > 0 || jQuery(':animated').length > 0)) return false;
                return document.querySelectorAll('[class*="-enter-active"],[class*="-exit-active"],[class*="-enter-from"],[class*="-leave-active"]').length === 0;"""));
    }

    /** Clicks an element once the page is at rest and the element can take the click. */
    static void clickSettled(WebDriver driver, By by) {
        new WebDriverWait(driver, WAIT).until(Browser::settled);
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    /** Chooses a file in a p:fileUpload as a person does (auto mode sends it at once). */
    void upload(String inputId, String name, byte[] content) throws IOException {
        Path file = Files.write(profile.resolve(name), content);
        driver.findElement(By.id(inputId)).sendKeys(file.toString());
    }

    /**
     * Clicks a link that answers with a file (p:fileDownload) and returns the file as Chromium saved
     * it, once complete: DevTools sends this click's download into a folder of its own.
     */
    Path download(By link) throws IOException {
        Path dir = Files.createTempDirectory(profile, "download");
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
        clickSettled(driver, link);
        return waitFor(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String text(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .strip();
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }
}
