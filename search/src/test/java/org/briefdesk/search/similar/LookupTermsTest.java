package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A lookup's candidates judged through its table of distinct terms get exactly the evidence they get
 * term by term: the same cosine to the last bit, the same entities; each distinct term is weighed once.
 */
class LookupTermsTest {
    private static final String[] WORDS = {
        "防汛", "演练", "街道", "社区", "志愿者", "垃圾分类", "老旧小区", "改造", "加装电梯", "居民", "网格员", "消防", "隐患", "排查", "燃气", "安全", "夜间",
        "巡查", "河长制", "水质"
    };

    private static ItemFeatures features(String id, Random random, int distinct) {
        Map<String, Integer> tv = new LinkedHashMap<>();
        for (String w : WORDS) {
            if (random.nextBoolean()) {
                tv.put(w, 1 + random.nextInt(6));
            }
        }
        while (tv.size() < distinct) {
            // Rare terms: most are new to the table, so it grows past its first size.
            tv.put("词" + random.nextInt(5000), 1 + random.nextInt(3));
        }
        Set<String> entities =
                new LinkedHashSet<>(List.of("朝阳街道", random.nextInt(30) + "户", "3月" + random.nextInt(9) + "日"));
        return new ItemFeatures(
                id,
                TextShingles.of("本周街道组织防汛演练，" + id),
                new int[0],
                new String[0],
                "fp" + id,
                tv,
                entities,
                LocalDate.of(2026, 3, 1 + random.nextInt(20)),
                "朝阳街道");
    }

    @Test
    void candidatesJudgedThroughTheTableGetTheSameEvidenceAndEachTermIsWeighedOnce() {
        Random random = new Random(5);
        ItemFeatures item = features("item", random, 96);
        AtomicInteger weighed = new AtomicInteger();
        ToDoubleFunction<String> idf = t -> (float) (1 + (t.hashCode() & 0xff) / 37.0);
        ToDoubleFunction<String> counted = t -> {
            weighed.incrementAndGet();
            return idf.applyAsDouble(t);
        };
        SimilarityClassifier classifier = new SimilarityClassifier(SimilarityThresholds.DEFAULT);
        double norm = SimilarityClassifier.norm(item.termVector(), idf);
        LookupTerms table = new LookupTerms(item.termVector(), counted);
        // As the summary cache decodes them: one string per distinct term across the summaries.
        Map<String, String> strings = new HashMap<>();
        UnaryOperator<String> shared = t -> strings.computeIfAbsent(t, k -> k);
        Set<String> distinct = new LinkedHashSet<>();
        List<Double> cosines = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            ItemFeatures candidate = features("c" + c, random, 40 + random.nextInt(57));
            distinct.addAll(candidate.termVector().keySet());
            var bytes = FeatureSummary.encode(candidate);
            FeatureSummary plain = FeatureSummary.decode(bytes);
            FeatureSummary viaTable = FeatureSummary.decode(bytes, shared);
            assertArrayEquals(plain.terms(), viaTable.terms());
            assertEquals(plain.entities(), viaTable.entities());
            SimilarityEvidence expected = classifier.evidenceWithoutText(item, norm, plain, idf);
            SimilarityEvidence actual = classifier.evidenceWithoutText(item, norm, viaTable, table);
            assertEquals(expected, actual);
            assertEquals(Double.doubleToLongBits(expected.cosine()), Double.doubleToLongBits(actual.cosine()));
            cosines.add(actual.cosine());
        }
        assertEquals(distinct.size(), weighed.get());
        assertNotEquals(cosines.get(0), cosines.get(1));
    }
}
