package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * A lookup's candidates judged through the item's table of term ids get exactly the evidence they get
 * term by term: the same cosine to the last bit, the same entities, whether a term has an id or not.
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

    /**
     * The reference: the cosine of the item with a summary, term by term over the summary's terms,
     * each weighed by the idf function itself (as duplicate lookups computed it before ids).
     */
    static double referenceCosine(Map<String, Integer> a, FeatureSummary b, ToDoubleFunction<String> idf) {
        String[] terms = b.terms();
        if (a.isEmpty() || terms.length == 0) {
            return 0;
        }
        int[] counts = b.counts();
        double dot = 0;
        double bSquares = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = idf.applyAsDouble(terms[i]);
            double bw = (1 + Math.log(counts[i])) * w;
            bSquares += bw * bw;
            Integer o = a.get(terms[i]);
            if (o != null) {
                dot += (1 + Math.log(o)) * bw * w;
            }
        }
        return dot == 0 ? 0 : dot / (SimilarityClassifier.norm(a, idf) * Math.sqrt(bSquares));
    }

    @Test
    void candidatesJudgedByTermIdsGetTheReferenceCosineToTheBitAndTheSameEvidence() {
        Random random = new Random(5);
        ItemFeatures item = features("item", random, 96);
        ToDoubleFunction<String> idf = t -> (float) (1 + (t.hashCode() & 0xff) / 37.0);
        SimilarityClassifier classifier = new SimilarityClassifier(SimilarityThresholds.DEFAULT);
        // A dictionary as the summary cache keeps it, except that every fifth new term got no id
        // (as when the dictionary is full): those are matched by their text.
        Map<String, Integer> dictionary = new HashMap<>();
        int[] next = {0};
        List<Double> cosines = new ArrayList<>();
        List<CachedSummary> summaries = new ArrayList<>();
        List<FeatureSummary> plain = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            ItemFeatures candidate = features("c" + c, random, 40 + random.nextInt(57));
            FeatureSummary s = FeatureSummary.decode(FeatureSummary.encode(candidate));
            int[] ids = new int[s.terms().length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = dictionary.computeIfAbsent(s.terms()[i], t -> next[0]++ % 5 == 4 ? -1 : next[0]);
            }
            summaries.add(new CachedSummary(s, ids));
            plain.add(s);
        }
        LookupTerms table = new LookupTerms(item.termVector(), idf, t -> dictionary.getOrDefault(t, -1));
        assertEquals(
                Double.doubleToLongBits(SimilarityClassifier.norm(item.termVector(), idf)),
                Double.doubleToLongBits(table.norm()));
        int textMatched = 0;
        for (int c = 0; c < summaries.size(); c++) {
            SimilarityEvidence expected = classifier.evidenceWithoutText(item, plain.get(c), idf);
            SimilarityEvidence actual = classifier.evidenceWithoutText(item, summaries.get(c), table);
            assertEquals(expected, actual);
            double reference = referenceCosine(item.termVector(), plain.get(c), idf);
            assertEquals(Double.doubleToLongBits(reference), Double.doubleToLongBits(actual.cosine()));
            cosines.add(actual.cosine());
            for (int i = 0; i < plain.get(c).terms().length; i++) {
                boolean shared = item.termVector().containsKey(plain.get(c).terms()[i]);
                textMatched += shared && summaries.get(c).termIds()[i] < 0 ? 1 : 0;
            }
        }
        assertTrue(textMatched > 0, "some shared terms had no id");
        assertNotEquals(cosines.get(0), cosines.get(1));
    }
}
