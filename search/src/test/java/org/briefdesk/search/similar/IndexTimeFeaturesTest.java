package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.search.analysis.CharFolding;
import org.junit.jupiter.api.Test;

/**
 * The features computed at indexing time are compared with features already stored in built
 * indexes (a kept 1M index among them), so a faster computation must give exactly the same values.
 */
class IndexTimeFeaturesTest {
    private static final Pattern DATE =
            Pattern.compile("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|\\d{4}-\\d{1,2}-\\d{1,2}");

    @Test
    void signaturesAndBandKeysAreThoseStoredByEarlierBuilds() {
        // Values computed by the build of 2026-12-07 before the indexing speed-ups.
        assertSignature(
                "海淀区紫竹院街道于2026年3月5日开展垃圾分类宣传活动，共发放宣传材料1,500份，覆盖居民3.5万人。下一步，我们将持续推进文明城区创建。",
                -480715084,
                55366199,
                3388194,
                -1345035626);
        assertSignature("北京市海淀區學院路街道召開接訴即辦工作會議，研究部署12345熱線反映的老舊小區加裝電梯問題。", 1791082416, 2147699, 25540324, -504388581);
        assertSignature("短文", -599439023, 1477208702, 878678683, 679646072);
    }

    private static void assertSignature(String body, int hash, int first, int last, int bands) {
        int[] sig = MinHash.signature(TextShingles.of(body).shingles());
        assertEquals(hash, Arrays.hashCode(sig));
        assertEquals(first, sig[0]);
        assertEquals(last, sig[MinHash.HASHES - 1]);
        assertEquals(bands, String.join(",", MinHash.bandKeys(sig)).hashCode());
    }

    @Test
    void shingleHashesAreSortedAndDistinctAsBySortingThem() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(3000);
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                // Mixed hashes of either sign, some repeated (a body repeats its stock phrases).
                a[i] = i > 0 && r.nextInt(8) == 0 ? a[r.nextInt(i)] : TextShingles.mix32(r.nextInt());
            }
            int[] expected = Arrays.stream(a).sorted().distinct().toArray();
            assertEquals(Arrays.toString(expected), Arrays.toString(TextShingles.unique(a)));
        }
    }

    @Test
    void datesAreThoseTheDatePatternFindsLeftmostFirst() {
        List<String> bodies = List.of(
                "2026年3月5日至3月6日，学院路街道开展垃圾分类宣传，12345年6月为笔误。",
                "会议定于2026-12-07召开，11月30日前报送材料；截至2026年11月，共处理工单1,500件。",
                "１２月３日，街道召开会议（全角数字）。二○二六年十二月无阿拉伯数字。",
                "第3季度、第12月、2026年、99月99日、2026-1-1、20261-12-1、3月5日3月6日");
        for (String body : bodies) {
            String folded = CharFolding.fold(body);
            Set<String> expected = new LinkedHashSet<>();
            Matcher m = DATE.matcher(folded);
            while (m.find() && expected.size() < FeatureExtractor.MAX_ENTITIES) {
                expected.add(m.group());
            }
            Set<String> actual = new LinkedHashSet<>();
            FeatureExtractor.dates(folded, actual);
            assertEquals(List.copyOf(expected), List.copyOf(actual), body);
        }
    }

    @Test
    void topTermsAreTheHeaviestInTheOrderOfAStableSortByWeight() {
        Random r = new Random(11);
        String chars = "街道社区垃圾分类宣传文明城区创建接诉即办工作会议老旧小区加装电梯甲乙丙丁戊己庚辛壬癸";
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> tf = new HashMap<>();
            int n = 60 + r.nextInt(400);
            while (tf.size() < n) {
                // Many made-up words are absent from HanLP's dictionary: equal weights, ties to break.
                String w = "" + chars.charAt(r.nextInt(chars.length())) + chars.charAt(r.nextInt(chars.length()));
                tf.put(w, 1 + r.nextInt(r.nextBoolean() ? 3 : 80));
            }
            assertEquals(
                    List.copyOf(stableSortTopTerms(tf).entrySet()),
                    List.copyOf(FeatureExtractor.topTerms(tf).entrySet()));
        }
    }

    /** The selection as it was first written: every term through a stable sort, heaviest first. */
    private static Map<String, Integer> stableSortTopTerms(Map<String, Integer> tf) {
        if (tf.size() <= FeatureExtractor.MAX_TERMS) {
            return tf;
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(tf.entrySet());
        double[] weights = new double[entries.size()];
        Integer[] order = new Integer[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            CoreDictionary.Attribute a = CoreDictionary.get(entries.get(i).getKey());
            int freq = a == null ? 0 : a.totalFrequency;
            weights[i] = (1 + Math.log(entries.get(i).getValue())) * Math.log(1 + 1e6 / (1.0 + freq));
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < FeatureExtractor.MAX_TERMS; k++) {
            out.put(entries.get(order[k]).getKey(), entries.get(order[k]).getValue());
        }
        return out;
    }
}
