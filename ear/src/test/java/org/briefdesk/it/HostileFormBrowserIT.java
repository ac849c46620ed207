package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hostile-input table's rows that only the officer's page has: text pasted into the item form
 * (invisible, direction-changing and control characters, emoji) and files given to 从Word/PDF导入
 * (a zip bomb, a damaged .docx, a PDF without text, a text file that is not UTF-8). Each gets its
 * Chinese message or is kept exactly, and nothing is saved by a refused one.
 */
class HostileFormBrowserIT extends BrowserTest {

    private static final String BODY = "12月1日，街道组织志愿者开展冬季消防安全检查。";

    @Test
    void theOfficersFormAndImportAnswerEveryHostileInputInChinese() throws IOException {
        signIn("haidian");
        wait(ExpectedConditions.urlContains("officer/home.xhtml"));
        driver.get(base + "officer/item-edit.xhtml");
        wait(ExpectedConditions.elementToBeClickable(By.id("editForm:title")));
        List<String> problems = new ArrayList<>();

        saveWithTitle("\u200B\u200B\u200B", "标题不能只有空格或不可见字符", problems);
        saveWithTitle("关于\u202Efdp.exe的通知", "标题不能包含改变文字方向的控制字符", problems);
        saveWithTitle("消防\u0007检查", "标题不能包含控制字符", problems);
        // (A lone surrogate never leaves the browser: encoding the form for Ajax fails before sending.
        // HostileInputIT sends it through the API, where it is refused.)

        importFile("炸弹.docx", zipBomb(), "文件已损坏或不是有效的Word文档", problems);
        importFile("损坏.docx", damagedDocx(), "文件已损坏或不是有效的Word文档", problems);
        importFile("扫描件.pdf", pdfWithoutText(), "PDF中没有可导入的文字", problems);
        importFile("旧编码.txt", "海淀街道开展垃圾分类宣传".getBytes(Charset.forName("GBK")), "不支持的文件类型", problems);

        // Emoji and rare characters are kept exactly (a draft is saved only now).
        String title = "海淀街道😀冰雪节开幕𠀀";
        saveWithTitle(title, "草稿已保存", problems);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("attachForm")));
        assertEquals(title, driver.findElement(By.id("editForm:title")).getDomProperty("value"));
        assertEquals(List.of(), problems);
    }

    /** Pastes the title (as a person pasting from elsewhere would), writes the body and saves a draft. */
    private void saveWithTitle(String title, String expected, List<String> problems) {
        clearMessages();
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('editForm:title').value = arguments[0];", title);
        var editor =
                wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='editForm:body_editor'] .ql-editor")));
        if (editor.getText().isBlank()) {
            editor.click();
            editor.sendKeys(BODY);
        }
        Browser.clickSettled(driver, By.id("editForm:saveDraft"));
        expectMessage(
                expected,
                "title "
                        + title.codePoints()
                                .mapToObj(c -> c < 0x3000 ? String.format("U+%04X", c) : Character.toString(c))
                                .collect(java.util.stream.Collectors.joining(" ")),
                problems);
    }

    private void importFile(String name, byte[] content, String expected, List<String> problems) throws IOException {
        clearMessages();
        upload("importForm:importFile_input", name, content);
        expectMessage(expected, "import of " + name, problems);
    }

    private void expectMessage(String expected, String what, List<String> problems) {
        try {
            wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), expected));
        } catch (RuntimeException e) {
            problems.add(what + ": expected “" + expected + "”, the page says "
                    + driver.findElement(By.cssSelector(".ui-growl")).getText());
        }
    }

    private void clearMessages() {
        wait(Browser::settled);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelectorAll('.ui-growl-item-container').forEach(function (e) { e.remove(); });");
    }

    /** A .docx whose document part inflates from a few kilobytes to 60 MB of spaces. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }

    /** The first bytes of a .docx, cut off. */
    private static byte[] damagedDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p>冬季消防".getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = out.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** One empty A4 page, as a scan without its text layer. */
    private static byte[] pdfWithoutText() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
