package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's settings pages in Chromium: the unit network (单位网络) and the columns (栏目管理). */
class SettingsBrowserIT extends BrowserTest {

    @Test
    void anAdministratorPlacesAStreetUnderAWorkCommitteeAndGivesItANewQuotaFromNextWeek() {
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/unit-tree.xhtml");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("treeForm:tree"), "区委农村工委"));

        unitRow("上地街道").findElement(By.cssSelector("button[id$=':configure']")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("unitSettingsDialog")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("unitSettingsDialog"), "单位设置：上地街道"));
        chooseOption("settingsForm:parent", "区委农村工委");
        ((JavascriptExecutor) driver).executeScript("PF('quotaInput').setValue(3)");
        type("settingsForm:leader", "陈静（副主任）");
        driver.findElement(By.id("settingsForm:save")).click();

        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "上地街道"));
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("unitSettingsDialog")));
        wait(d -> unitRowText("上地街道").contains("下周起3条"));
        WebElement row = unitRow("上地街道");
        assertTrue(row.getText().contains("2条"), "this week keeps its quota: " + row.getText());
        assertTrue(row.getText().contains("陈静（副主任）"), row.getText());
        String parentKey = unitRow("区委农村工委").getDomAttribute("data-rk");
        assertEquals(parentKey, row.getDomAttribute("data-prk"), "the street now sits under the committee");
    }

    @Test
    void anAdministratorAddsRenamesMovesRetiresAndRestoresAColumn() {
        String name = "冬季专项" + System.nanoTime() % 10_000;
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/columns.xhtml");

        type("columnsForm:newName", name);
        driver.findElement(By.id("columnsForm:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("columnsForm:columns_data"), name));
        int last = driver.findElements(By.cssSelector("[id='columnsForm:columns_data'] > tr"))
                .size();

        wait(Browser::settled);
        columnRow(name).findElement(By.cssSelector("button[id$=':rename']")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("renameDialog")));
        wait(d -> name.equals(d.findElement(By.id("renameForm:rename")).getDomProperty("value")));
        type("renameForm:rename", name + "行动");
        driver.findElement(By.id("renameForm:save")).click();
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("renameDialog")));
        String renamed = name + "行动";
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("columnsForm:columns_data"), renamed));

        wait(Browser::settled);
        columnRow(renamed).findElement(By.cssSelector("button[id$=':up']")).click();
        wait(d -> columnRowText(renamed).startsWith(String.valueOf(last - 1)));

        wait(Browser::settled);
        columnRow(renamed).findElement(By.cssSelector("button[id$=':retire']")).click();
        wait(d -> columnRowText(renamed).contains("已停用"));
        wait(Browser::settled);
        columnRow(renamed).findElement(By.cssSelector("button[id$=':restore']")).click();
        wait(d -> columnRowText(renamed).contains("使用中"));

        type("columnsForm:newName", "工作动态");
        driver.findElement(By.id("columnsForm:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("columnsForm:columnMessages"), "栏目“工作动态”已存在"));
    }

    @Test
    void anAdministratorImportsOfficersFromAGbkCsvSeesTheBadRowAndTheInitialPasswordOnce() throws Exception {
        String login = "lijuan" + System.nanoTime() % 100_000;
        String csv = "姓名,登录名,所属单位,电子邮箱,电话\r\n"
                + "李娟," + login + ",温泉镇,lijuan@hd.gov.cn,010-62456789\r\n"
                + "王磊,wanglei" + login + ",不存在的镇,,\r\n";
        signIn("admin");
        wait(ExpectedConditions.urlContains("admin/home.xhtml"));
        driver.get(base + "admin/unit-import.xhtml");

        upload("uploadForm:file_input", "信息员.csv", csv.getBytes(java.nio.charset.Charset.forName("GBK")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("previewSummary"), "将新增 1 行"));
        String rows = text(By.id("previewForm:previewRows"));
        assertTrue(rows.contains("所属单位“不存在的镇”不存在"), rows);

        driver.findElement(By.id("previewForm:apply")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("previewForm:passwords"), login));
        String password = text(By.cssSelector("[id='previewForm:passwords_data'] [id$=':password']"));
        assertTrue(password.length() >= 10 && password.matches(".*\\d.*"), "an initial password by the policy");
        assertTrue(text(By.id("previewForm:outcomePanel")).contains("只显示这一次"));
    }

    /** A row's text, or "" while an Ajax update replaces the table. */
    private String columnRowText(String name) {
        try {
            return columnRow(name).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    private String unitRowText(String shortName) {
        try {
            return unitRow(shortName).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    private WebElement unitRow(String shortName) {
        return driver.findElement(By.xpath(
                "//tbody[@id='treeForm:tree_data']/tr[.//span[starts-with(@id,'treeForm:tree') and normalize-space(text())='"
                        + shortName + "']]"));
    }

    private WebElement columnRow(String name) {
        return driver.findElement(By.xpath(
                "//tbody[@id='columnsForm:columns_data']/tr[.//span[normalize-space(text())='" + name + "']]"));
    }
}
