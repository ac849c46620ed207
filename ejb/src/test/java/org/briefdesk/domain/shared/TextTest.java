package org.briefdesk.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    private static String message(Runnable r) {
        return assertThrows(BusinessRuleViolation.class, r::run).getMessage();
    }

    @Test
    void aTitleWithAControlCharacterIsRefusedWithAChineseMessage() {
        assertEquals("标题不能包含控制字符", message(() -> Text.requireLine("学院路街道\u0000开展垃圾分类", "title", "标题", 80)));
        assertEquals("标题不能包含控制字符（制表符）", message(() -> Text.requireLine("学院路街道\t开展垃圾分类", "title", "标题", 80)));
        assertEquals("标题不能包含控制字符", message(() -> Text.requireLine("海淀\u001b[31m街道", "title", "标题", 80)));
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBeingStoredAsAQuestionMark() {
        assertEquals("标题包含无效字符（不成对的代理项），请删除后重新输入", message(() -> Text.requireLine("冰雪运动\uD83C进社区", "title", "标题", 80)));
        assertEquals("标题包含无效字符（不成对的代理项），请删除后重新输入", message(() -> Text.requireLine("冰雪运动\uDFC2进社区", "title", "标题", 80)));
    }

    @Test
    void whatAWronglyEncodedBodyDecodesToIsRefused() {
        assertEquals(
                "正文包含无法识别的字符（可能是文件或请求的编码错误），请检查后重新输入",
                message(() -> Text.requireText("学院路街道\uFFFD\uFFFD开展", "body", "正文", 1000)));
    }

    @ParameterizedTest
    @CsvSource({"\u200B\u200B\u200B", "\u3000\u200D\uFEFF", "\u00A0\u2060", "\u3164"})
    void aTitleOfOnlyBlankOrZeroWidthCharactersIsRefused(String title) {
        assertEquals("标题不能只有空格或不可见字符", message(() -> Text.requireLine(title, "title", "标题", 80)));
    }

    @ParameterizedTest
    @CsvSource({"\u202E", "\u202A", "\u202D", "\u2066", "\u2067", "\u2069"})
    void aBidiOverrideInATitleIsRefused(String control) {
        assertEquals(
                "标题不能包含改变文字方向的控制字符", message(() -> Text.requireLine("关于" + control + "fdp.exe的通知", "title", "标题", 80)));
    }

    @Test
    void emojiMixedScriptsAndRightToLeftLettersAreStoredExactly() {
        String title = "海淀区😀冰雪节 Winter Festival — مهرجان 冬季 ✓";
        assertEquals(title, Text.requireLine(title, "title", "标题", 80));
        assertEquals("𠀀𪚥𩸽", Text.requireLine("𠀀𪚥𩸽", "title", "标题", 3), "characters outside the BMP count once");
    }

    @Test
    void multiLineTextKeepsLineBreaksAndTabsAndNormalisesWindowsLineEnds() {
        assertEquals("一、工作要求\n\t1. 按时报送", Text.requireText("一、工作要求\r\n\t1. 按时报送\r\n", "requirements", "约稿要求", 2000));
        assertEquals("约稿要求不能包含控制字符", message(() -> Text.requireText("一、工作要求\u0007", "requirements", "约稿要求", 2000)));
        assertEquals(
                "约稿要求不能只有空格或不可见字符", message(() -> Text.requireText("\u200B\n\u200B", "requirements", "约稿要求", 2000)));
    }

    @Test
    void aLineStillRefusesLineBreaksAndMarkupAsBefore() {
        assertEquals("标题只能填写一行", message(() -> Text.requireLine("第一行\n第二行", "title", "标题", 80)));
        assertEquals("标题不能包含HTML标记", message(() -> Text.requireLine("<b>标题</b>", "title", "标题", 80)));
    }
}
