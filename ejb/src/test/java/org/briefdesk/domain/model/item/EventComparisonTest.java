package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventComparisonTest {

    private static final String HAIDIAN = "12月5日，海淀街道组织志愿者在万泉河路开展垃圾分类宣传。共走访居民120余户，发放宣传材料3000余份。" + "区委书记张华到现场指导。";
    private static final String XUEYUANLU =
            "12月5日，学院路街道和海淀街道的志愿者在万泉河路宣传垃圾分类。两个街道共走访居民150余户，发放宣传材料3000余份。" + "下一步将常态化开展宣传。";

    @Test
    void factsAreDatesNumbersWithTheirMeasurePlacesAndPeopleNamedWithTheirPost() {
        assertEquals(
                List.of("12月5日", "海淀街道", "万泉河路", "120余户", "3000余份", "书记张华"),
                EventComparison.facts(HAIDIAN).stream()
                        .filter(f -> !f.equals("区委"))
                        .toList());
    }

    @Test
    void rewordedSentencesArePairedAndTheirSharedAndDifferingFactsMarked() {
        EventComparison.Result r = EventComparison.compare(HAIDIAN, XUEYUANLU);
        assertEquals(
                List.of(
                        EventComparison.Kind.SIMILAR,
                        EventComparison.Kind.SIMILAR,
                        EventComparison.Kind.LEFT_ONLY,
                        EventComparison.Kind.RIGHT_ONLY),
                r.rows().stream().map(EventComparison.Row::kind).toList());
        assertTrue(
                r.shared().containsAll(List.of("12月5日", "海淀街道", "万泉河路", "3000余份")),
                r.shared().toString());
        assertTrue(r.leftOnly().contains("120余户"), r.leftOnly().toString());
        assertTrue(
                r.rightOnly().containsAll(List.of("150余户", "学院路街道")),
                r.rightOnly().toString());
        String second = r.rows().get(1).leftHtml();
        assertTrue(second.contains("<mark class=\"bd-fact-diff\">120余户</mark>"), second);
        assertTrue(second.contains("<mark class=\"bd-fact-same\">3000余份</mark>"), second);
    }

    @Test
    void theSameSentenceIsSameAndMarkupIsEscaped() {
        EventComparison.Result r = EventComparison.compare("<b>海淀街道</b>开展宣传。", "<b>海淀街道</b>开展宣传。");
        assertEquals(EventComparison.Kind.SAME, r.rows().get(0).kind());
        assertTrue(
                r.rows().get(0).leftHtml().startsWith("&lt;b&gt;"),
                r.rows().get(0).leftHtml());
    }
}
