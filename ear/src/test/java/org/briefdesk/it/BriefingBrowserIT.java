package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The weekly issue in a real headless Chromium: an editor assembles a 普刊 from tagged items, reorders
 * two entries, previews, publishes and downloads the PDF; the leader opens it and writes an
 * instruction; the editor sees the read receipt and the instruction.
 */
class BriefingBrowserIT extends BrowserTest {

    @Test
    void editorPublishesAWeeklyIssueAndTheLeaderReadsAndInstructsIt() throws Exception {
        browser.signIn(base, "editor");
        driver.findElement(By.xpath("//a[.//span[text()='简报编印']]")).click();
        wait(ExpectedConditions.urlContains("editor/issues.xhtml"));
        driver.findElement(By.id("newIssueForm:create")).click();
        wait(ExpectedConditions.urlContains("editor/issue.xhtml?id="));
        String issueUrl = driver.getCurrentUrl();
        String issueId = issueUrl.substring(issueUrl.indexOf("id=") + 3);
        assertTrue(text(By.id("issueForm:status")).contains("编辑中"));

        // The offer is sorted by column: the first two rows are both 工作动态 in the demo district.
        List<WebElement> rows = wait(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("[id='issueForm:available_data'] > tr"), 1));
        assertEquals(
                "工作动态",
                rows.get(0).findElements(By.tagName("td")).get(1).getText().strip());
        assertEquals(
                "工作动态",
                rows.get(1).findElements(By.tagName("td")).get(1).getText().strip());
        String firstItemUrl = rows.get(0)
                .findElement(By.cssSelector("a[href*='editor/item.xhtml']"))
                .getAttribute("href");
        for (int i = 0; i < 2; i++) {
            wait(ExpectedConditions.elementToBeClickable(By.cssSelector(
                            "[id='issueForm:available_data'] > tr:nth-child(" + (i + 1) + ") .ui-chkbox-box")))
                    .click();
        }
        driver.findElement(By.id("issueForm:addSelected")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已编入2条信息"));
        List<String> added = wait(d -> headlines().size() == 2 ? headlines() : null);

        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':0:down']")))
                .click();
        wait(d -> headlines().equals(List.of(added.get(1), added.get(0))));
        browser.snapshot(BriefingBrowserIT.class, "assembly");

        driver.get(base + "briefing/issue.xhtml?id=" + issueId);
        assertTrue(text(By.id("printedTitle")).contains("简报"), "the red title");
        assertTrue(text(By.id("printedNumber")).startsWith("第"), text(By.id("printedNumber")));
        List<String> previewed = driver.findElements(By.cssSelector("[id$=':entryHeadline']")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
        assertEquals(List.of(added.get(1), added.get(0)), previewed, "the preview prints the new order");
        assertTrue(text(By.id("endBlock")).contains("共印80份"));
        browser.snapshot(BriefingBrowserIT.class, "preview");

        driver.get(issueUrl);
        wait(ExpectedConditions.elementToBeClickable(By.id("issueForm:publish")))
                .click();
        // The confirmation fades in: click 是 only once it stands still.
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        Browser.clickSettled(driver, By.cssSelector(".ui-confirmdialog-yes"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("issueForm:status"), "已发布"));
        assertTrue(
                driver.findElements(By.id("issueForm:publish")).isEmpty(),
                "a published issue cannot be published again");

        HttpResponse<byte[]> pdf = download("issues/" + issueId + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        driver.manage().deleteAllCookies();
        browser.signIn(base, "leader");
        wait(ExpectedConditions.urlContains("leader/home.xhtml"));
        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='issues_data']/tr[.//a[contains(@href,'id=" + issueId + "')]]")));
        assertTrue(row.getText().contains("未读"), row.getText());
        row.findElement(By.cssSelector("a[id$=':open']")).click();
        wait(ExpectedConditions.urlContains("briefing/issue.xhtml"));
        WebElement box = wait(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$=':instruction']")));
        box.sendKeys("请各街道学习借鉴，持续做好文明引导工作。");
        driver.findElement(By.cssSelector("button[id$=':instruct']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "批示已保存"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("paper"), "张区长（区级）"));
        browser.snapshot(BriefingBrowserIT.class, "leader");

        driver.manage().deleteAllCookies();
        browser.signIn(base, "editor");
        driver.get(issueUrl);
        assertTrue(text(By.id("issueForm:receipts")).contains("已阅"), text(By.id("issueForm:receipts")));
        assertTrue(text(By.id("issueForm")).contains("请各街道学习借鉴，持续做好文明引导工作。"));

        // 一键生成特刊 from a printed item's page.
        driver.get(firstItemUrl);
        wait(ExpectedConditions.elementToBeClickable(By.id("specialIssueForm:create")))
                .click();
        wait(ExpectedConditions.urlContains("editor/issue.xhtml?id="));
        assertTrue(text(By.id("pageTitle")).contains("特刊第"), text(By.id("pageTitle")));
        wait(d -> headlines().contains(added.get(0)));
    }

    @Test
    void anAdministratorRetiresATitleAndEditorsNoLongerOfferItForNewIssues() {
        String name = "停用测试简报" + System.nanoTime() % 10_000;
        browser.signIn(base, "admin");
        driver.get(base + "admin/briefings.xhtml");
        wait(ExpectedConditions.elementToBeClickable(By.id("titlesForm:add"))).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("titleDialog")));
        type("titleForm:name", name);
        type("titleForm:issuingUnit", "海淀区创建首都文明区工作领导小组办公室");
        driver.findElement(By.id("titleForm:save")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "简报设置已保存"));
        List<String> before = titlesOffered();
        assertTrue(before.contains(name) && before.contains("海淀区创建首都文明区简报"), before.toString());

        driver.get(base + "admin/briefings.xhtml");
        wait(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tr[td[text()='" + name + "']]//button[contains(@id, ':toggle')]")))
                .click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已停用"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[td[text()='" + name + "']]"), "已停用"));
        browser.snapshot(BriefingBrowserIT.class, "retired-title");

        List<String> offered = titlesOffered();
        assertTrue(offered.contains("海淀区创建首都文明区简报") && !offered.contains(name), offered.toString());
    }

    /** The briefing titles an editor may start a new issue of (signs the editor in). */
    private List<String> titlesOffered() {
        driver.manage().deleteAllCookies();
        browser.signIn(base, "editor");
        driver.get(base + "editor/issues.xhtml");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("newIssueForm:title_input")));
        List<String> titles = driver.findElements(By.cssSelector("[id='newIssueForm:title_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip())
                .toList();
        driver.manage().deleteAllCookies();
        browser.signIn(base, "admin");
        return titles;
    }

    /** The entries' headlines in printed order; empty while an Ajax update is replacing the table. */
    private List<String> headlines() {
        try {
            return driver.findElements(By.cssSelector("[id^='issueForm:'][id$=':headline']")).stream()
                    .map(WebElement::getText)
                    .map(String::strip)
                    .toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** Downloads with the browser's session, as the link in the page does. */
    private HttpResponse<byte[]> download(String path) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
