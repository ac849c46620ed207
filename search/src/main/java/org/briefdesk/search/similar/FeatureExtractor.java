package org.briefdesk.search.similar;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.search.analysis.AnalyzedText;
import org.briefdesk.search.analysis.CharFolding;
import org.briefdesk.search.analysis.TokenTypes;
import org.briefdesk.search.document.ItemDocument;

/** Computes {@link ItemFeatures} from an item and its analysed title and body. */
public final class FeatureExtractor {
    /** Terms kept per item: enough for cosine on 1,500-char items, small enough to store (~1 KB). */
    public static final int MAX_TERMS = 96;

    public static final int MAX_ENTITIES = 64;

    private static final Pattern DATE =
            Pattern.compile("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|\\d{4}-\\d{1,2}-\\d{1,2}");

    /** Function words and register filler that carry no topic; used only for similarity. */
    static final Set<String> STOP_WORDS = Set.of(
            "我们", "他们", "以及", "通过", "进行", "开展", "工作", "一是", "二是", "三是", "四是", "同时", "其中", "相关", "有关", "持续", "不断", "进一步",
            "切实", "积极", "认真", "全面", "加强", "推进", "推动", "落实", "坚持", "围绕", "结合", "按照", "根据", "目前", "下一步", "已经", "并且", "为了",
            "一个", "一些", "这些", "各类", "方面", "情况", "问题", "提升");

    private FeatureExtractor() {}

    public static ItemFeatures extract(ItemDocument doc, AnalyzedText title, AnalyzedText body) {
        TextShingles sh = TextShingles.of(doc.body());
        int[] sig = MinHash.signature(sh.shingles());
        String[] bands = MinHash.bandKeys(sig);
        Map<String, Integer> tf = new HashMap<>();
        Set<String> entities = new LinkedHashSet<>();
        collect(title, tf, entities);
        collect(body, tf, entities);
        Matcher m = DATE.matcher(CharFolding.fold(doc.body()));
        while (m.find() && entities.size() < MAX_ENTITIES) {
            entities.add(m.group());
        }
        return new ItemFeatures(
                doc.id(), sh, sig, bands, sha256(sh.skeleton()), topTerms(tf), cap(entities), doc.date(), doc.unit());
    }

    private static void collect(AnalyzedText text, Map<String, Integer> tf, Set<String> entities) {
        for (AnalyzedText.Token t : text.tokens()) {
            if (t.posInc() == 0) {
                continue; // sub-words would double count
            }
            String term = t.term();
            if (TokenTypes.isEntity(t.type()) && term.length() >= 2) {
                entities.add(term);
            }
            if (term.length() < 2 || STOP_WORDS.contains(term)) {
                continue;
            }
            tf.merge(term, 1, Integer::sum);
        }
    }

    private static Set<String> cap(Set<String> s) {
        if (s.size() <= MAX_ENTITIES) {
            return s;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String e : s) {
            if (out.size() == MAX_ENTITIES) break;
            out.add(e);
        }
        return out;
    }

    /** Keeps the terms with the highest tf × static idf (HanLP corpus frequency as a prior). */
    static Map<String, Integer> topTerms(Map<String, Integer> tf) {
        if (tf.size() <= MAX_TERMS) {
            return tf;
        }
        // Weights computed once per term, then sorted as a plain array (the profile showed a
        // comparator that looked weights up in a map on every comparison).
        int n = tf.size();
        String[] terms = new String[n];
        int[] counts = new int[n];
        double[] weights = new double[n];
        Integer[] order = new Integer[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            CoreDictionary.Attribute a = CoreDictionary.get(e.getKey());
            int freq = a == null ? 0 : a.totalFrequency;
            terms[i] = e.getKey();
            counts[i] = e.getValue();
            weights[i] = (1 + Math.log(e.getValue())) * Math.log(1 + 1e6 / (1.0 + freq));
            order[i] = i;
            i++;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < MAX_TERMS; k++) {
            out.put(terms[order[k]], counts[order[k]]);
        }
        return out;
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
