package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The officer's item form in a real headless Chromium: write, save a draft, submit, find it waiting. */
class IntakeBrowserIT extends BrowserTest {

    @Test
    void officerWritesSavesAndSubmitsAnItemThatThenWaitsForScreening() throws IOException {
        String title = "海淀街道开展冬季防火入户宣传" + System.nanoTime() % 100_000;
        signIn("haidian");
        wait(ExpectedConditions.urlContains("officer/home.xhtml"));
        wait(ExpectedConditions.elementToBeClickable(By.id("itemsForm:newItem")))
                .click();
        wait(ExpectedConditions.urlContains("officer/item-edit.xhtml"));
        assertTrue(text(By.id("oneThing")).contains("一条信息只报告一件事"));

        // 导入: a text file fills title and body, which the officer then corrects.
        upload("importForm:importFile_input", "防火宣传.txt", "冬季防火宣传\n街道消防站走访居民。".getBytes(StandardCharsets.UTF_8));
        wait(ExpectedConditions.attributeToBe(By.id("editForm:title"), "value", "冬季防火宣传"));
        type("editForm:title", title);
        WebElement editor =
                wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='editForm:body_editor'] .ql-editor")));
        editor.click();
        editor.sendKeys("11月25日，街道消防站联合社区工作者走访辖区120户居民，讲解冬季用火用电安全知识。");
        chooseOption("editForm:mustReport", "特色做法与典型经验");
        driver.findElement(By.id("editForm:saveDraft")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "草稿已保存"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("attachForm")));

        upload("attachForm:upload_input", "走访记录.txt", "走访120户。".getBytes(StandardCharsets.UTF_8));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("attachForm:attachments"), "走访记录.txt"));
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload("attachForm:upload_input", "现场照片.png", exe);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "不支持的文件类型"));
        List<WebElement> downloads =
                driver.findElements(By.cssSelector("[id='attachForm:attachments_data'] a[id$=':download']"));
        assertEquals(1, downloads.size(), "the disguised program was not kept");
        String response = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done([r.status, r.headers.get('Content-Disposition'),"
                                + " r.headers.get('X-Content-Type-Options')].join('|')));",
                        downloads.get(0).getDomAttribute("href"));
        assertEquals(
                "200|attachment; filename=\"____.txt\"; filename*=UTF-8''%E8%B5%B0%E8%AE%BF%E8%AE%B0%E5%BD%95.txt|nosniff",
                response);

        wait(ExpectedConditions.elementToBeClickable(By.id("editForm:submit"))).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "信息已报送"));
        wait(ExpectedConditions.elementToBeClickable(By.id("doneForm:keep"))).click();

        wait(ExpectedConditions.urlContains("officer/home.xhtml"));
        WebElement row = wait(d -> d.findElements(By.cssSelector("[id='itemsForm:items_data'] > tr")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElse(null));
        assertTrue(row.getText().contains("待筛选"), row.getText());
        assertEquals(
                1,
                row.findElements(By.cssSelector("button[id$=':withdraw']")).size(),
                "a waiting item may be withdrawn");
    }
}
