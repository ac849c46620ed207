package org.briefdesk.search.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The bench's queries: 1–3 words of the district's vocabulary, drawn with a seed. */
final class BenchQueries {
    private static final List<String> VOCABULARY = List.of(
            "垃圾分类", "文明引导", "接诉即办", "志愿服务", "背街小巷", "老旧小区", "加装电梯", "消防安全", "电动自行车", "光盘行动", "文明养犬", "网络诈骗", "停车", "居民",
            "社区", "志愿者", "整治", "创城", "宣传", "学院路街道", "中关村街道", "区城管委", "区商务局", "桶前值守", "斑马线", "12345", "诉求", "满意率", "隐患",
            "党员");

    private BenchQueries() {}

    /** {@code count} queries; the same seed draws the same ones. */
    static List<String> draw(int count, long seed) {
        Random r = new Random(seed);
        List<String> qs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 1 + r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) sb.append(' ');
                sb.append(VOCABULARY.get(r.nextInt(VOCABULARY.size())));
            }
            qs.add(sb.toString());
        }
        return qs;
    }
}
