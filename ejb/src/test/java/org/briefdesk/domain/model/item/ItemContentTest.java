package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ItemContentTest {

    private static List<String> problems(String title, String body, String contact) {
        return new ItemContent(title, body, null, null, false, contact)
                .problems().stream().map(BusinessRuleViolation::getMessage).toList();
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(List.of(), problems("海淀街道开展垃圾分类入户宣传活动", "<p>11月18日，海淀街道组织志愿者入户宣传。</p>", "王芳 010-12345678"));
    }

    @Test
    void everyProblemOfTheFormIsNamedAtOnce() {
        assertEquals(List.of("标题不能为空", "正文不能为空", "联系方式只能填写一行"), problems("  ", "<p></p>", "王芳\n010-12345678"));
    }

    @Test
    void aTitleOverOneHundredCharactersIsNotCutButCountedWithHowMuchToRemove() {
        String title = "海淀街道".repeat(26) + "开展垃圾分类";
        assertEquals(110, title.length());
        assertEquals(List.of("标题有110个字，超过100字的上限，请删减10个字"), problems(title, "<p>正文内容。</p>", null));
    }
}
