package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The archive search page in a real headless Chromium: bookmarkable searches, saved searches, export, help. */
class SearchBrowserIT extends BrowserTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void anEditorOpensABookmarkedSearchNarrowsItAndSavesIt() {
        signIn("editor");
        String url = base + "search.xhtml?q=" + enc("垃圾分类") + "&sort=DATE_DESC";
        // a fresh server may still be rebuilding its index from the database: reload until it answers
        browser.waitFor(d -> {
            d.get(url);
            return !d.findElements(By.cssSelector(".bd-hit")).isEmpty();
        });
        assertTrue(text(By.id("total")).matches("共 [\\d,]+ 条结果"), text(By.id("total")));
        assertEquals("垃圾分类", driver.findElement(By.id("searchForm:q")).getDomProperty("value"));
        assertEquals("最新在前", text(By.id("searchForm:sort_label")));

        // a facet narrows the search and the URL says so: the narrowed search can be bookmarked too
        String before = driver.getCurrentUrl();
        Browser.clickSettled(driver, By.cssSelector(".bd-facets a"));
        browser.waitFor(
                d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains("column="));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        String narrowed = driver.getCurrentUrl();

        type("searchForm:saveName", "垃圾分类动态");
        driver.findElement(By.id("searchForm:save")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.linkText("垃圾分类动态")));
        driver.get(base + "index.xhtml");
        driver.get(base + "search.xhtml");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.linkText("垃圾分类动态")))
                .click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertEquals(
                narrowed.substring(narrowed.indexOf('?')),
                driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('?')));
        browser.snapshot(SearchBrowserIT.class, "saved");
    }

    @Test
    void anEditorExportsTheSearchOnThePageAsAWorkbookHeadedByItsQuery() throws Exception {
        signIn("editor");
        String url = base + "search.xhtml?q=" + enc("垃圾分类") + "&sort=DATE_DESC";
        browser.waitFor(d -> {
            d.get(url);
            return !d.findElements(By.cssSelector(".bd-hit")).isEmpty();
        });

        Path file = download(By.id("searchForm:export"));
        assertEquals("检索结果.xlsx", file.getFileName().toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            String heading = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(heading.startsWith("信息检索：垃圾分类"), heading);
            assertEquals("标题", sheet.getRow(1).getCell(1).getStringCellValue());
            assertFalse(sheet.getRow(2).getCell(1).getStringCellValue().isBlank(), "a row per hit");
        }
    }

    @Test
    void aMalformedQueryIsExplainedInChineseWithALinkToTheNearestWorkingOne() {
        signIn("editor");
        driver.get(base + "search.xhtml?q=" + enc("\"垃圾分类"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("suggestionLink")));
        assertTrue(text(By.id("searchForm:messages")).contains("引号不成对"), text(By.id("searchForm:messages")));
        driver.findElement(By.id("suggestionLink")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertEquals("垃圾分类", driver.findElement(By.id("searchForm:q")).getDomProperty("value"));
    }

    @Test
    void theQuerySyntaxIsExplainedOnThePage() {
        signIn("haidian");
        driver.get(base + "search.xhtml");
        driver.findElement(By.cssSelector("#searchForm\\:syntaxHelp legend")).click();
        // the fieldset slides open: wait until its last row is shown, not only its first
        browser.waitFor(
                d -> d.findElement(By.cssSelector("table.bd-syntax")).getText().contains("以该词开头"));
        String help = text(By.cssSelector("table.bd-syntax"));
        assertTrue(help.contains("只找原样包含这段文字的信息"), help);
        assertTrue(help.contains("排除含有该词的信息"), help);
    }
}
