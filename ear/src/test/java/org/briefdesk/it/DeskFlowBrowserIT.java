package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk's whole day in two headless Chromium windows, one for the units' officers and one for
 * the office's editor: two units report one event in their own words, the editor finds them grouped,
 * compares them, combines them into one item for 工作动态; an urgent report reaches the editor's open
 * inbox by itself; a unit answers a solicitation and the editor's tracker shows it.
 */
class DeskFlowBrowserIT extends TwoDeskBrowserTest {

    /** Both reports say 冰雪运动会 in the title, so the editor's title filter finds exactly them. */
    private static final String EVENT = "冰雪运动会";

    private static final String HAIDIAN_TITLE = "海淀街道组队参加第三届社区冰雪运动会";
    private static final String[] HAIDIAN_BODY = {
        "11月28日，第三届海淀区社区冰雪运动会在北坞公园冰场开幕。海淀街道组织辖区8个社区的46名居民组成代表队参赛，" + "参加冰上趣味接力、雪地拔河和冰车竞速3个项目。",
        "比赛中，海淀街道代表队获得冰车竞速团体第二名。街道还安排12名志愿者在场边做好安全保障和文明观赛引导，赛后带领队员清理场地垃圾。",
        "下一步，海淀街道将依托社区体育健身队，在辖区学校操场浇筑临时冰场，让更多居民在家门口体验冰雪运动。"
    };
    private static final String XUEYUANLU_TITLE = "学院路街道居民在北坞公园冰场参加冰雪运动会";
    private static final String[] XUEYUANLU_BODY = {
        "11月28日上午，由区体育局、区文明办主办的第三届海淀区社区冰雪运动会在北坞公园冰场举行，全区29个街镇的代表队参加比赛。",
        "学院路街道选派38名社区居民参加冰上趣味接力、雪地拔河和冰车竞速等项目，其中雪地拔河项目获得第三名。" + "街道志愿者在赛场周边开展文明观赛宣传，引导观众有序入场、不乱扔垃圾。",
        "学院路街道表示，将以此次运动会为契机，在辖区高校和社区推广冰雪健身项目，营造全民健身的良好氛围。"
    };
    private static final String COMBINED_TITLE = "海淀街道、学院路街道居民参加第三届社区冰雪运动会";

    @Test
    void twoUnitsReportOneEventAndTheEditorCombinesTheirReportsIntoWorkUpdates() {
        // Two officers of different units report the same event, each in their own words.
        signIn(officer, "haidian");
        openNewItem();
        submitItem(HAIDIAN_TITLE, HAIDIAN_BODY, false);
        keepSubmitted();
        officer.manage().deleteAllCookies();
        signIn(officer, "xueyuanlu");
        openNewItem();
        submitItem(XUEYUANLU_TITLE, XUEYUANLU_BODY, false);
        // On submission the second officer learns that another unit reported something similar.
        wait(officer, ExpectedConditions.textToBePresentInElementLocated(By.id("doneForm:similar"), "海淀街道已于"));
        screenshot(officer, "similar-on-submit");
        keepSubmitted();

        // The editor's inbox shows both, grouped as one event, with a badge.
        signIn(editor, "editor");
        editor.get(base + "editor/inbox.xhtml");
        WebElement filter = wait(editor, ExpectedConditions.elementToBeClickable(By.id("inboxForm:titleText")));
        filter.sendKeys(EVENT);
        editor.findElement(By.id("inboxForm:search")).click();
        List<WebElement> rows = wait(editor, d -> {
            List<WebElement> r = inboxRows(d);
            return r.size() == 2 && r.stream().allMatch(x -> x.getText().contains("同组 2 条")) ? r : null;
        });
        WebElement haidianRow = row(rows, HAIDIAN_TITLE);
        WebElement xueyuanluRow = row(rows, XUEYUANLU_TITLE);
        assertEquals(groupColour(haidianRow), groupColour(xueyuanluRow), "one group, one colour");
        for (WebElement r : rows) {
            assertTrue(r.getDomAttribute("class").contains("bd-grouped"), r.getDomAttribute("class"));
            String badge = r.findElements(By.cssSelector("[id$=':eventBadge'], [id$=':dupBadge']")).stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse("");
            assertTrue(badge.equals("同一事件") || badge.equals("重复"), "same-event or duplicate badge: " + r.getText());
        }
        assertTrue(
                haidianRow.getText().contains("海淀街道") && xueyuanluRow.getText().contains("学院路街道"));
        screenshot(editor, "inbox-grouped");

        // The editor opens 海淀街道's report and finds 学院路街道's beside it.
        haidianRow.findElement(By.cssSelector("a[id$=':title']")).click();
        wait(editor, ExpectedConditions.urlContains("editor/item.xhtml"));
        assertEquals(HAIDIAN_TITLE, text(editor, By.id("itemTitleText")));
        WebElement similar = wait(
                editor,
                ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//form[@id='similarForm']//div[contains(@class,'bd-similar')][.//a[text()='"
                                + XUEYUANLU_TITLE + "']]")));
        assertTrue(similar.getText().contains("学院路街道"), similar.getText());

        // Side by side: what only the other report says is struck out on the left, this one's own on the right.
        similar.findElement(By.cssSelector("button[id$=':compare']")).click();
        WebElement dialog = wait(editor, ExpectedConditions.visibilityOfElementLocated(By.id("compareDialog")));
        Matcher changed = Pattern.compile("共 (\\d+) 句不同").matcher(dialog.getText());
        assertTrue(changed.find() && Integer.parseInt(changed.group(1)) >= 4, dialog.getText());
        assertTrue(marked(By.cssSelector("#compareLeft del"), "学院路街道选派38名社区居民参加冰上趣味接力"), "dropped sentence in red");
        assertTrue(marked(By.cssSelector("#compareRight ins"), "海淀街道代表队获得冰车竞速团体第二名"), "added sentence in green");
        assertEquals(
                "rgba(254, 226, 226, 1)",
                editor.findElement(By.cssSelector("#compareLeft del")).getCssValue("background-color"));
        assertEquals(
                "rgba(220, 252, 231, 1)",
                editor.findElement(By.cssSelector("#compareRight ins")).getCssValue("background-color"));
        screenshot(editor, "diff");
        dialog.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        wait(editor, ExpectedConditions.invisibilityOfElementLocated(By.id("compareDialog")));

        // 综合编辑: tick the other report beside this one and write one item from both.
        Browser.clickSettled(
                editor,
                By.xpath("//*[@id='similarForm:combineWith']//label[contains(.,'" + XUEYUANLU_TITLE
                        + "')]/..//div[contains(@class,'ui-chkbox-box')]"));
        editor.findElement(By.id("similarForm:combine")).click();
        wait(editor, ExpectedConditions.urlContains("editor/combine.xhtml"));
        String units = text(editor, By.id("sourceUnits"));
        assertTrue(units.startsWith("来源单位：") && units.contains("海淀街道") && units.contains("学院路街道"), units);
        List<String> sources = editor.findElements(By.cssSelector(".bd-source")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(2, sources.size(), sources.toString());
        assertTrue(sources.get(0).contains("（最长，正文由此开始）"), "the longest report comes first: " + sources);
        String startingTitle = editor.findElement(By.id("combineForm:title")).getDomProperty("value");
        assertTrue(startingTitle.equals(HAIDIAN_TITLE) || startingTitle.equals(XUEYUANLU_TITLE), startingTitle);
        assertTrue(text(editor, By.cssSelector("[id='combineForm:body'] .ql-editor"))
                .contains("北坞公园冰场"));
        screenshot(editor, "combine");

        // A combined item needs a title: the page says so in Chinese and keeps the editor's work.
        WebElement title = editor.findElement(By.id("combineForm:title"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.findElement(By.id("combineForm:save")).click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("combineForm:messages"), "标题"));
        assertTrue(editor.getCurrentUrl().contains("editor/combine.xhtml"), "nothing saved: " + editor.getCurrentUrl());

        type(editor, "combineForm:title", COMBINED_TITLE);
        editor.findElement(By.id("combineForm:save")).click();
        wait(editor, ExpectedConditions.urlContains("editor/item.xhtml"));
        wait(editor, ExpectedConditions.textToBe(By.id("itemTitleText"), COMBINED_TITLE));
        String panel = text(editor, By.id("itemPanel"));
        assertTrue(panel.contains("综合信息") && panel.contains("采用待编"), panel);
        assertTrue(
                panel.contains("来源信息：")
                        && panel.contains("海淀街道“" + HAIDIAN_TITLE + "”")
                        && panel.contains("学院路街道“" + XUEYUANLU_TITLE + "”"),
                "both source units are listed: " + panel);

        // Tagged into 工作动态.
        editor.findElement(By.id("actions:tag")).click();
        wait(editor, ExpectedConditions.visibilityOfElementLocated(By.id("tagDialog")));
        Browser.clickSettled(
                editor,
                By.xpath(
                        "//*[@id='tagForm:columns']//label[normalize-space()='工作动态']/..//div[contains(@class,'ui-chkbox-box')]"));
        editor.findElement(By.id("tagForm:save")).click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "栏目已保存"));
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("itemPanel"), "工作动态"));
        String trail = text(editor, By.id("trail"));
        assertTrue(trail.contains("综合编辑") && trail.contains("归入栏目"), trail);
        screenshot(editor, "combined-item");

        // Each source now points at the combined item.
        editor.findElement(By.linkText("“" + XUEYUANLU_TITLE + "”")).click();
        wait(editor, ExpectedConditions.textToBe(By.id("itemTitleText"), XUEYUANLU_TITLE));
        assertTrue(text(editor, By.id("itemPanel")).contains("已被综合采用"));
        assertTrue(editor.findElements(By.id("similarForm:combine")).isEmpty(), "a used report is not combined again");
    }

    @Test
    void anUrgentReportAppearsInTheEditorsOpenInboxWithoutReloading() {
        String title = "海淀街道紧急报告苏州街一处井盖破损致路面塌陷（" + System.nanoTime() % 100_000 + "）";
        signIn(editor, "editor");
        editor.get(base + "editor/inbox.xhtml");
        wait(editor, ExpectedConditions.attributeToBe(By.id("urgentAlerts"), "data-channel", "open"));
        ((JavascriptExecutor) editor).executeScript("window.bdSamePage = true");
        assertFalse(text(editor, By.id("inboxForm:inbox")).contains(title));

        signIn(officer, "haidian");
        openNewItem();
        submitItem(
                title,
                new String[] {
                    "11月29日14时20分，苏州街与海淀南路交叉口东侧人行道一处污水井盖破损，周边约2平方米路面塌陷。", "街道城管执法队已设置围挡和警示标志，通知排水集团抢修，目前未造成人员受伤。"
                },
                true);

        WebElement alert = wait(
                editor,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#urgentAlerts .bd-urgent-alert-link")));
        assertEquals("紧急信息：海淀街道报送《" + title + "》", alert.getText());
        // Urgent items lead the inbox (oldest first), so the new one is among the first page's rows.
        String row = wait(
                editor,
                d -> inboxRows(d).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains(title))
                        .findFirst()
                        .orElse(null));
        assertTrue(row.contains("紧急") && row.contains("海淀街道"), row);
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) editor).executeScript("return window.bdSamePage === true"),
                "the inbox was updated in place, not reloaded");
        screenshot(editor, "urgent-live");
        keepSubmitted();
    }

    @Test
    void anOfficerAnswersASolicitationAndTheEditorsTrackerShowsTheUnitAsAnswered() {
        String topic = "冬季供暖保障工作（" + System.nanoTime() % 100_000 + "）";
        String answerTitle = "海淀街道“接诉即办”解决老旧小区供暖不热问题";
        signIn(editor, "editor");
        editor.get(base + "editor/solicitations.xhtml");
        issueSolicitation(topic, "请报送本街道冬季供暖保障的做法与成效，800字以内，附现场照片。", "海淀街道");
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("trackingTitle"), topic));
        awaitTracking("海淀街道", "未报送");

        signIn(officer, "haidian");
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
        WebElement notice = wait(
                officer,
                ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//div[contains(@class,'bd-solicitation')][.//span[contains(text(),'" + topic + "')]]")));
        notice.findElement(By.cssSelector("a.bd-answer-link")).click();
        wait(officer, ExpectedConditions.urlContains("officer/item-edit.xhtml?solicitation="));
        assertEquals(
                "《" + topic + "》",
                text(officer, By.id("editForm:solicitation_label")),
                "the answer names the solicitation");
        submitItem(
                answerTitle,
                new String[] {
                    "入冬以来，海淀街道针对12345热线反映的老旧小区供暖不热问题，会同供热企业逐户入户测温。", "截至11月28日，已完成83户室温检测，更换老化管道阀门46处，居民室温普遍达到18℃以上。"
                },
                false);
        keepSubmitted();
        WebElement answered = wait(
                officer,
                ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//div[contains(@class,'bd-solicitation')][.//span[contains(text(),'" + topic + "')]]")));
        assertTrue(answered.getText().contains("已报送") && answered.getText().contains(answerTitle), answered.getText());

        editor.get(base + "editor/solicitations.xhtml");
        wait(editor, ExpectedConditions.elementToBeClickable(By.linkText(topic)))
                .click();
        wait(editor, ExpectedConditions.textToBePresentInElementLocated(By.id("trackingTitle"), topic));
        String tracked = awaitTracking("海淀街道", "已报送");
        assertTrue(tracked.contains(answerTitle), tracked);
        assertTrue(text(editor, By.id("solicitationsForm:solicitations")).contains("已报送 1，逾期报送 0，未报送 0（共 1 个单位）"));
        screenshot(editor, "tracker-answered");
    }

    /** 新建信息 from the unit's home page. */
    private void openNewItem() {
        wait(officer, ExpectedConditions.elementToBeClickable(By.id("itemsForm:newItem")))
                .click();
        wait(officer, ExpectedConditions.urlContains("officer/item-edit.xhtml"));
    }

    /** The officer writes the item in the open form, one paragraph a line, and sends it (报送). */
    private void submitItem(String title, String[] paragraphs, boolean urgent) {
        type(officer, "editForm:title", title);
        WebElement body = wait(
                officer,
                ExpectedConditions.elementToBeClickable(By.cssSelector("[id='editForm:body_editor'] .ql-editor")));
        body.click();
        body.sendKeys(String.join("\n", paragraphs));
        if (urgent) {
            officer.findElement(By.id("editForm:urgent")).click();
            wait(officer, ExpectedConditions.elementSelectionStateToBe(By.id("editForm:urgent_input"), true));
        }
        officer.findElement(By.id("editForm:submit")).click();
        wait(officer, ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "信息已报送"));
    }

    /**
     * 继续报送 on the page shown after submission, back to the unit's home page, once the page has
     * finished looking for similar reports (it asks the server every 2 seconds for up to 10).
     */
    private void keepSubmitted() {
        wait(
                officer,
                ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("doneForm:similar"), "正在查找其他单位报送的类似信息")));
        wait(officer, ExpectedConditions.elementToBeClickable(By.id("doneForm:keep")))
                .click();
        wait(officer, ExpectedConditions.urlContains("officer/home.xhtml"));
    }

    private static List<WebElement> inboxRows(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='inboxForm:inbox_data'] > tr")).stream()
                .filter(r -> !r.getDomAttribute("class").contains("ui-datatable-empty-message"))
                .toList();
    }

    private static WebElement row(List<WebElement> rows, String title) {
        return rows.stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no inbox row for " + title));
    }

    private static String groupColour(WebElement row) {
        return Arrays.stream(row.getDomAttribute("class").split("\\s+"))
                .filter(c -> c.matches("bd-group-\\d+"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not grouped: " + row.getDomAttribute("class")));
    }

    private boolean marked(By marks, String sentence) {
        return editor.findElements(marks).stream().anyMatch(m -> m.getText().contains(sentence));
    }

    /**
     * Waits until the tracker shows the unit with {@code status} and returns that row's text. The
     * tracker is redrawn when a solicitation is chosen, so rows read before that are let go.
     */
    private String awaitTracking(String unitShortName, String status) {
        return wait(
                editor,
                d -> d.findElements(By.cssSelector("[id='solicitationsForm:units_data'] > tr")).stream()
                        .filter(r -> r.findElement(By.cssSelector("td"))
                                .getText()
                                .strip()
                                .equals(unitShortName))
                        .filter(r -> r.findElement(By.cssSelector(".bd-answer-status"))
                                .getText()
                                .strip()
                                .equals(status))
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse(null));
    }
}
