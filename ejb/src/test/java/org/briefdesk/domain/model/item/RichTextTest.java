package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsEventHandlersAndLinksAreRemovedButParagraphsAndBoldStay() {
        RichText t = RichText.ofHtml("<p onclick=\"steal()\">清河街道<b>开展</b>文明引导</p>"
                + "<script>alert('xss')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">链接</a>");
        assertFalse(t.getHtml().contains("script"));
        assertFalse(t.getHtml().contains("onclick"));
        assertFalse(t.getHtml().contains("onerror"));
        assertFalse(t.getHtml().contains("javascript"));
        assertEquals("<p>清河街道<b>开展</b>文明引导</p>链接", t.getHtml().replace("\n", ""));
    }

    @Test
    void plainTextKeepsOneParagraphPerLine() {
        RichText t = RichText.ofPlainText("一、主要做法\r\n\r\n  街道成立工作专班。\n二、下一步工作");
        assertEquals("<p>一、主要做法</p><p>街道成立工作专班。</p><p>二、下一步工作</p>", t.getHtml());
        assertEquals("一、主要做法\n街道成立工作专班。\n二、下一步工作", t.getText());
    }

    @Test
    void plainTextIsEscapedNotInterpretedWhenItHasNoTags() {
        RichText t = RichText.ofPlainText("人均面积>10平方米 & 覆盖率100%");
        assertEquals("<p>人均面积&gt;10平方米 &amp; 覆盖率100%</p>", t.getHtml());
    }

    @Test
    void theSearchTextOfHtmlKeepsParagraphBreaks() {
        RichText t = RichText.ofHtml("<h3>一、基本情况</h3><p>街道共有<strong>12</strong>个社区。</p><p>下一步，将持续推进。</p>");
        assertEquals("一、基本情况\n街道共有12个社区。\n下一步，将持续推进。", t.getText());
    }

    @Test
    void anEmptyOrOnlyMarkupBodyIsRefused() {
        assertThrows(BusinessRuleViolation.class, () -> RichText.ofHtml(""));
        assertThrows(BusinessRuleViolation.class, () -> RichText.ofHtml("<p> </p><script>x</script>"));
    }

    @Test
    void aBodyOverFiftyThousandCharactersIsRefused() {
        BusinessRuleViolation e =
                assertThrows(BusinessRuleViolation.class, () -> RichText.ofPlainText("字".repeat(50_001)));
        assertEquals("正文不能超过50000字", e.getMessage());
    }
}
