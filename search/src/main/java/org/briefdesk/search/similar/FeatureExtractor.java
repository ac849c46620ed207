package org.briefdesk.search.similar;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** 1 + ln(tf) for the usual small counts, computed once. */
    private static final double[] TF_WEIGHTS = new double[64];

    static {
        for (int c = 1; c < TF_WEIGHTS.length; c++) {
            TF_WEIGHTS[c] = 1 + Math.log(c);
        }
    }

    /**
     * Static idf of recently weighed terms. HanLP's core dictionary is never changed at run time, so
     * a cached value is exactly the computed one; the trie look-up and the logarithm per term were
     * most of {@link #topTerms}. Bounded like the clause cache: emptied when full.
     */
    private static final ConcurrentHashMap<String, Double> IDF = new ConcurrentHashMap<>();

    static final int IDF_CACHE = 65_536;

    private FeatureExtractor() {}

    private static double idf(String term) {
        Double w = IDF.get(term);
        if (w == null) {
            CoreDictionary.Attribute a = CoreDictionary.get(term);
            int freq = a == null ? 0 : a.totalFrequency;
            w = Math.log(1 + 1e6 / (1.0 + freq));
            if (IDF.size() >= IDF_CACHE) {
                IDF.clear();
            }
            IDF.put(term, w);
        }
        return w;
    }

    public static ItemFeatures extract(ItemDocument doc, AnalyzedText title, AnalyzedText body) {
        String folded = CharFolding.fold(doc.body());
        TextShingles sh = TextShingles.ofFolded(folded);
        int[] sig = MinHash.signature(sh.shingles());
        String[] bands = MinHash.bandKeys(sig);
        Map<String, Integer> tf = new HashMap<>();
        Set<String> entities = new LinkedHashSet<>();
        collect(title, tf, entities);
        collect(body, tf, entities);
        dates(folded, entities);
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

    /**
     * Adds the dates of the text, as {@code DATE.matcher(text).find()} finds them: every date starts
     * with an ASCII digit, so the pattern is tried only there (trying it at every character was 15%
     * of the feature cost), leftmost first and going on after each match.
     */
    static void dates(String text, Set<String> entities) {
        Matcher m = DATE.matcher(text);
        int n = text.length();
        int i = 0;
        while (i < n && entities.size() < MAX_ENTITIES) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && m.region(i, n).lookingAt()) {
                entities.add(m.group());
                i = m.end();
            } else {
                i++;
            }
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

    /**
     * Keeps the {@link #MAX_TERMS} terms with the highest tf × static idf (HanLP corpus frequency as
     * a prior), heaviest first; among equal weights the map's order decides, as a stable sort would.
     */
    static Map<String, Integer> topTerms(Map<String, Integer> tf) {
        if (tf.size() <= MAX_TERMS) {
            return tf;
        }
        int n = tf.size();
        String[] terms = new String[n];
        int[] counts = new int[n];
        double[] weights = new double[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            int count = e.getValue();
            terms[i] = e.getKey();
            counts[i] = count;
            weights[i] = (count < TF_WEIGHTS.length ? TF_WEIGHTS[count] : 1 + Math.log(count)) * idf(e.getKey());
            i++;
        }
        // Select, then order only the kept few: sorting every term through a boxed comparator was
        // most of this method's cost in the profile. The cut is the MAX_TERMS-th heaviest weight.
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        double cut = sorted[n - MAX_TERMS];
        int ties = MAX_TERMS;
        for (double w : weights) {
            ties -= w > cut ? 1 : 0;
        }
        int[] kept = new int[MAX_TERMS];
        int k = 0;
        for (int j = 0; j < n; j++) {
            if (weights[j] > cut || (weights[j] == cut && ties-- > 0)) {
                kept[k++] = j;
            }
        }
        // Insertion sort, heaviest first; strict comparison keeps map order among equal weights.
        for (int a = 1; a < MAX_TERMS; a++) {
            int x = kept[a];
            int b = a - 1;
            while (b >= 0 && weights[kept[b]] < weights[x]) {
                kept[b + 1] = kept[b];
                b--;
            }
            kept[b + 1] = x;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int x : kept) {
            out.put(terms[x], counts[x]);
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
