package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 撤销采用记录 in a real headless Chromium: an editor records an outside adoption on the item page, is
 * asked for a reason when withdrawing it, and sees the record and its points leave the panel.
 */
class CorrectionBrowserIT extends BrowserTest {

    @Test
    void anEditorWithdrawsAnAdoptionWithAReasonAndItsPointsLeave() throws Exception {
        long item = takenReport("甘家口街道组织“光盘行动”进社区（" + System.nanoTime() % 100_000 + "）");
        signIn("editor");
        driver.get(base + "editor/item.xhtml?id=" + item);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("recordsForm:adoptions")));
        assertTrue(text(By.id("recordsForm:adoptions")).contains("尚无采用记录"));

        chooseOption("recordsForm:outlet", "光明日报");
        Browser.clickSettled(driver, By.id("recordsForm:recordAdoption"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已记录：光明日报"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("recordsForm:adoptions"), "光明日报"));
        assertTrue(text(By.cssSelector(".bd-score-card")).contains("光明日报"), "the adoption scores");

        Browser.clickSettled(driver, By.id("recordsForm:adoptions:0:withdrawAdoption"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawForm:reason")));
        Browser.clickSettled(driver, By.id("withdrawForm:confirmWithdraw"));
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("withdrawForm:withdrawMessages"), "撤销或更正的理由不能为空"));
        type("withdrawForm:reason", "误录：光明日报未刊发，实为内部交流");
        snapshot("withdraw-adoption-reason");
        Browser.clickSettled(driver, By.id("withdrawForm:confirmWithdraw"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "已撤销光明日报的采用记录"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("recordsForm:adoptions"), "尚无采用记录"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("withdrawForm:reason")));
        assertTrue(!text(By.cssSelector(".bd-score-card")).contains("光明日报"), "its points left the score panel too");
        driver.navigate().refresh();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("trail"), "撤销采用记录"));
        assertTrue(text(By.id("trail")).contains("误录：光明日报未刊发，实为内部交流"), "with who, when and why");
    }

    /** A unit's report an editor took by phone (代录): it reached the office, so it may be adopted. */
    private long takenReport(String title) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonObject me = json(http.send(
                        HttpRequest.newBuilder(URI.create(base + "api/me"))
                                .header("Authorization", DeskApi.basicAuth("haidian"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body());
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/items/taken"))
                        .header("Authorization", DeskApi.basicAuth("editor"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"unitId\":" + me.getJsonNumber("unitId").longValue()
                                        + ",\"channel\":\"PHONE\",\"title\":\"" + title
                                        + "\",\"bodyHtml\":\"<p>街道在6个社区开展光盘行动宣传，200余户居民签署承诺书。</p>\"}",
                                StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(json(r.body()).get("id").toString().replace("\"", ""));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
