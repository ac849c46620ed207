package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Chinese pages as people use them, in a real headless Chromium against the deployed EAR and its
 * demo data: signing in per role, refusals by URL, and the administrator's unit form.
 */
class BrowserIT extends BrowserTest {

    @Test
    void eachRoleLandsOnItsOwnChineseHomePage() {
        assertLandsOn("haidian", "officer/home.xhtml", "本单位信息", "海淀街道信息员");
        assertLandsOn("editor", "editor/home.xhtml", "编辑工作台", "王编辑");
        assertLandsOn("leader", "leader/home.xhtml", "简报阅览", "张区长");
        assertLandsOn("admin", "admin/home.xhtml", "系统管理", "系统管理员");
    }

    private void assertLandsOn(String login, String path, String heading, String displayName) {
        signIn(login);
        wait(ExpectedConditions.urlContains(path));
        String title = text(By.id("pageTitle"));
        assertTrue(title.endsWith(heading), title);
        if (login.equals("haidian")) {
            assertTrue(title.contains("海淀街道"), "the officer's unit is named in the heading: " + title);
        }
        assertTrue(text(By.cssSelector(".bd-user")).contains(displayName), "menu names " + displayName);
        driver.manage().deleteAllCookies();
    }

    @Test
    void wrongPasswordShowsChineseError() {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("loginForm:login")).sendKeys("admin");
        driver.findElement(By.id("loginForm:password")).sendKeys("wrong-password-1");
        driver.findElement(By.id("loginForm:submit")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"), "登录名或密码错误"));
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void officerCannotOpenAdminPage() {
        signIn("haidian");
        wait(ExpectedConditions.urlContains("officer/home.xhtml"));
        driver.get(base + "admin/units.xhtml");
        assertTrue(text(By.id("errorTitle")).contains("无权访问"));
        assertTrue(driver.findElements(By.id("unitsForm:units")).isEmpty(), "no unit table on the refusal page");
    }

    @Test
    void officerCannotOpenAnotherUnitsItemByUrl() {
        // The editor's inbox shows every unit's waiting items; take one that is not 海淀街道's.
        signIn("editor");
        wait(ExpectedConditions.urlContains("editor/home.xhtml"));
        WebElement row = otherUnitsWaitingRow();
        WebElement link = row.findElement(By.cssSelector("a[id$=':title']"));
        String title = link.getText();
        String id = link.getDomAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        link.click();
        assertEquals(title, text(By.id("itemTitleText")), "the editor may read it");
        driver.manage().deleteAllCookies();

        signIn("haidian");
        wait(ExpectedConditions.urlContains("officer/home.xhtml"));
        driver.get(base + "item.xhtml?id=" + id);
        assertTrue(text(By.id("errorTitle")).contains("无权访问"));
        assertFalse(driver.getPageSource().contains(title), "nothing of the item is sent");
    }

    /** A waiting item of 学院路街道, or else of any unit other than 海淀街道 (matched in the full unit name). */
    private WebElement otherUnitsWaitingRow() {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='waiting_data'] > tr"));
        return rows.stream()
                .filter(r -> unitOf(r).contains("学院路街道"))
                .findFirst()
                .or(() -> rows.stream()
                        .filter(r -> !unitOf(r).isEmpty() && !unitOf(r).contains("海淀街道"))
                        .findFirst())
                .orElseThrow(() -> new AssertionError("the demo data has no waiting item of another unit"));
    }

    private static String unitOf(WebElement row) {
        List<WebElement> unit = row.findElements(By.cssSelector("td.bd-unit span[title]"));
        return unit.isEmpty() ? "" : unit.get(0).getDomAttribute("title");
    }

    @Test
    void itemPageAnswersUnknownOrMalformedIdWithNotFound() {
        signIn("editor");
        wait(ExpectedConditions.urlContains("editor/home.xhtml"));
        driver.get(base + "item.xhtml?id=987654321");
        assertTrue(text(By.id("errorTitle")).contains("页面不存在"));
        driver.get(base + "item.xhtml?id=abc");
        assertTrue(text(By.id("errorTitle")).contains("页面不存在"));
    }

    @Test
    void logoutReturnsToLoginPage() {
        signIn("editor");
        wait(ExpectedConditions.urlContains("editor/home.xhtml"));
        driver.findElement(By.id("menuForm:logout")).click();
        wait(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("您已安全退出"));
        driver.get(base + "editor/home.xhtml");
        wait(ExpectedConditions.urlContains("login.xhtml?next="));
        assertTrue(driver.findElements(By.id("pageTitle")).isEmpty(), "the desk is not shown after logout");
    }

    @Test
    void adminCreatesUnitAndSeesDuplicateNameError() {
        String name = "测试街道" + System.nanoTime() % 100_000;
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/units.xhtml");

        fillNewUnit(name);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已保存"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("unitDialog")));
        WebElement nameFilter = driver.findElement(By.cssSelector("[id='unitsForm:units'] th input.ui-column-filter"));
        nameFilter.sendKeys(name);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("unitsForm:units_data"), name));

        fillNewUnit(name);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("unitForm:unitMessages"), "单位“" + name + "”已存在"));
        assertTrue(driver.findElement(By.id("unitDialog")).isDisplayed(), "the dialog stays open on the error");
    }

    @Test
    void adminSortsAndFiltersUnitTable() {
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/units.xhtml");
        // The title, not the middle of the header cell: that is the filter box.
        driver.findElement(By.xpath("//th//span[text()='单位名称']")).click();
        wait(ExpectedConditions.attributeToBe(By.xpath("//th[.//span[text()='单位名称']]"), "aria-sort", "ascending"));

        chooseOption("unitsForm:units:kindFilter", "部门");
        By kindCells = By.cssSelector("[id='unitsForm:units_data'] > tr > td:nth-child(3)");
        wait(d -> {
            List<String> kinds =
                    d.findElements(kindCells).stream().map(WebElement::getText).toList();
            return !kinds.isEmpty() && kinds.stream().allMatch("部门"::equals);
        });
        assertTrue(driver.getCurrentUrl().contains("admin/units.xhtml"), "sorting and filtering stay on the page");
    }

    private void fillNewUnit(String name) {
        driver.findElement(By.id("unitsForm:add")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialog")));
        WebElement input = wait(ExpectedConditions.elementToBeClickable(By.id("unitForm:name")));
        input.clear();
        input.sendKeys(name);
        chooseOption("unitForm:kind", "街乡镇");
        driver.findElement(By.id("unitForm:save")).click();
    }

    @Test
    void adminGetsChineseMessagesForInvalidAccounts() {
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/accounts.xhtml");
        driver.findElement(By.id("accountsForm:add")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("accountDialog")));
        wait(ExpectedConditions.elementToBeClickable(By.id("accountForm:login")));

        type("accountForm:login", "haidian");
        type("accountForm:displayName", "新信息员");
        chooseOption("accountForm:role", "信息员");
        type("accountForm:password", "Xueyuan#2026");
        assertAccountMessage("登录名“haidian”已被使用");

        type("accountForm:login", "newofficer");
        type("accountForm:displayName", "<b>新信息员</b>");
        type("accountForm:password", "Xueyuan#2026");
        assertAccountMessage("姓名不能包含HTML标记");

        type("accountForm:displayName", "新信息员");
        type("accountForm:password", "Xueyuan#2026");
        assertAccountMessage("信息员必须属于一个报送单位");

        chooseOption("accountForm:unit", "学院路街道");
        type("accountForm:password", "abc1");
        assertAccountMessage("密码太短。密码至少10位");
        type("accountForm:password", "newofficer2026");
        assertAccountMessage("密码不能包含登录名");
        type("accountForm:password", "password1234");
        assertAccountMessage("这是常见的弱密码");

        type("accountForm:password", "Xueyuan#2026");
        driver.findElement(By.id("accountForm:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "账号“新信息员”已保存"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("accountsForm:accounts_data"), "newofficer"));
    }

    private void assertAccountMessage(String message) {
        driver.findElement(By.id("accountForm:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:accountMessages"), message));
        assertTrue(driver.findElement(By.id("accountDialog")).isDisplayed(), "the dialog stays open on " + message);
    }
}
