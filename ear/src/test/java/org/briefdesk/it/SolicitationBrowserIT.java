package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Solicitations and urgent alerts as the office and a unit use them, in two headless Chromium
 * windows: the editor issues a 约稿 to 海淀街道 and 海淀街道's officer finds it on the home page;
 * the editor's pages listen for urgent items and show them as a red alert.
 */
class SolicitationBrowserIT extends TwoDeskBrowserTest {

    @Test
    void editorIssuesASolicitationToHaidianAndHaidianSeesItOnTheHomePage() {
        String topic = "垃圾分类示范小区创建（" + System.nanoTime() % 100_000 + "）";
        signIn(editor, "editor");
        editor.get(base + "editor/solicitations.xhtml");
        issueSolicitation(topic, "请报送本街道垃圾分类示范小区创建的做法与成效，800字以内。", "海淀街道");
        wait(
                editor,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".ui-growl"), "约稿《" + topic + "》已发出"));
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("trackingTitle"), topic));
        assertEquals("未报送", trackingStatus("海淀街道"));
        screenshot(editor, "solicitation-issued");

        // 海淀街道 finds it on the home page, with the notice and the link to answer it.
        signIn(officer, "haidian");
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
        WebElement panel = wait(
                officer,
                ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//div[contains(@class,'bd-solicitation')][.//span[contains(text(),'" + topic + "')]]")));
        assertTrue(panel.getText().contains("未报送"), panel.getText());
        assertTrue(text(officer, By.id("noticesForm:notices")).contains("新约稿：《" + topic + "》"));
        screenshot(officer, "officer-home");
        String answerHref =
                panel.findElement(By.cssSelector("a.bd-answer-link")).getDomAttribute("href");
        assertTrue(answerHref.matches(".*/officer/item-edit\\.xhtml\\?solicitation=\\d+"), answerHref);
    }

    /**
     * The push itself is tested end to end in {@link UrgentAlertIT}; here the editor's page connects to
     * the channel and shows what arrives as a red alert, with the title as text, never as markup.
     */
    @Test
    void theEditorsPageListensForUrgentItemsAndShowsTheAlertAsText() {
        signIn(editor, "editor");
        editor.get(base + "editor/home.xhtml");
        wait(editor, ExpectedConditions.attributeToBe(By.id("urgentAlerts"), "data-channel", "open"));

        ((JavascriptExecutor) editor)
                .executeScript(
                        "briefdeskUrgentAlert(arguments[0])",
                        Map.of("itemId", 4711, "title", "<img src=x onerror=alert(1)>燃气泄漏", "unit", "海淀街道"));
        WebElement alert = wait(
                editor,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#urgentAlerts .bd-urgent-alert-link")));
        assertEquals("紧急信息：海淀街道报送《<img src=x onerror=alert(1)>燃气泄漏》", alert.getText());
        assertTrue(editor.findElements(By.cssSelector("#urgentAlerts img")).isEmpty(), "the title is not markup");
        assertTrue(alert.getDomAttribute("href").endsWith("/editor/item.xhtml?id=4711"), alert.getDomAttribute("href"));
        assertEquals(
                "rgba(230, 0, 18, 1)",
                editor.findElement(By.cssSelector("#urgentAlerts .bd-urgent-alert"))
                        .getCssValue("background-color"),
                "red");
        screenshot(editor, "urgent-alert");
        editor.findElement(By.cssSelector("#urgentAlerts .bd-urgent-alert button"))
                .click();
        wait(editor, ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#urgentAlerts .bd-urgent-alert")));
    }

    @Test
    void theNewSolicitationFormExplainsWhatIsMissingInChinese() {
        signIn(editor, "editor");
        editor.get(base + "editor/solicitations.xhtml");
        openNewSolicitation();
        editor.findElement(By.id("solicitationForm:topic")).sendKeys("文明交通劝导");
        editor.findElement(By.id("solicitationForm:requirements")).sendKeys("请报送文明交通劝导情况。");
        editor.findElement(By.id("solicitationForm:issue")).click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("solicitationForm:messages"), "请填写截止时间"));

        setDeadline(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2));
        editor.findElement(By.id("solicitationForm:issue")).click();
        wait(
                editor,
                ExpectedConditions.textToBePresentInElementLocated(By.id("solicitationForm:messages"), "请至少选择一个报送单位"));
        assertTrue(editor.findElement(By.id("solicitationDialog")).isDisplayed(), "the dialog stays open");

        // 全选 of one kind picks every 工委 at once.
        editor.findElement(By.xpath("//button[.//span[text()='全选工委']]")).click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("solicitationForm:picked"), "已选 8 个单位"));
    }

    @Test
    void officersPagesDoNotListenForAlertsAndThePushEndpointNeedsAnEditor() throws Exception {
        signIn(officer, "haidian");
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
        assertTrue(officer.findElements(By.id("urgentAlerts")).isEmpty());
        assertTrue(officer.findElements(By.linkText("约稿")).isEmpty(), "no 约稿 menu for officers");

        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "jakarta.faces.push/urgent?x"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertNotEquals(101, anonymous.statusCode());
        assertTrue(
                anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                "signed-out request to the push endpoint: " + anonymous.statusCode());
    }

    private String trackingStatus(String unitShortName) {
        return editor.findElements(By.cssSelector("[id='solicitationsForm:units_data'] > tr")).stream()
                .filter(r ->
                        r.findElement(By.cssSelector("td")).getText().strip().equals(unitShortName))
                .map(r -> r.findElement(By.cssSelector(".bd-answer-status"))
                        .getText()
                        .strip())
                .findFirst()
                .orElse("");
    }
}
