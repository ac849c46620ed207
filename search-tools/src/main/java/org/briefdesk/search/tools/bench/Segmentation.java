package org.briefdesk.search.tools.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.briefdesk.search.analysis.AnalysisMode;
import org.briefdesk.search.analysis.BriefdeskAnalyzer;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;

/**
 * Segmentation quality without a gold set (issue 11): the shipped query analyzer against HanLP's
 * standard segmenter ({@code HanLP.newSegment()}, with the same dictionaries: HanLP's core and custom
 * ones, and the same empty local lexicon the relevance bench indexes with) over real text, line by
 * line. Scored as the issue scores SIGHAN: word boundaries of the words made of letters and digits only
 * (punctuation is no word), precision and recall of the analyzer's words taking HanLP's as the
 * reference. Also counts the lines where the analyzer changed a character that is already simplified
 * into another Han character (must be 0), and prints examples of disagreement.
 */
public final class Segmentation {
    private Segmentation() {}

    /** Word-boundary agreement over a set of lines. */
    record Score(int lines, long ours, long reference, long agreed, int changedLines, List<String> examples) {
        double precision() {
            return ours == 0 ? 0 : (double) agreed / ours;
        }

        double recall() {
            return reference == 0 ? 0 : (double) agreed / reference;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args, PrintStream out) throws Exception {
        Map<String, List<ItemDocument>> sets = new LinkedHashMap<>();
        int examples = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--manpages" -> sets.put("manpages-zh", RelevanceCorpus.manPages(Path.of(args[++i])));
                case "--html" ->
                    sets.put("html " + Path.of(args[++i]).getFileName(), RelevanceCorpus.htmlPages(Path.of(args[i])));
                case "--jsonl" ->
                    sets.put("jsonl " + Path.of(args[++i]).getFileName(), RelevanceCorpus.jsonl(Path.of(args[i])));
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --manpages DIR, --html DIR, --jsonl FILE (any of them), --examples N");
            }
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no text: give --manpages DIR, --html DIR or --jsonl FILE");
        }
        Analyzer query = new BriefdeskAnalyzer(new HanLPSegmenter(), new Lexicon(), AnalysisMode.QUERY);
        Segment reference = HanLP.newSegment().enableOffset(true);
        out.println("# segmentation: the query analyzer against HanLP.newSegment() over the same lines");
        out.println();
        out.println(
                "| text | words scored | lines | analyzer words | HanLP words | precision | recall | F1 | lines with a simplified character changed |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<ItemDocument>> e : sets.entrySet()) {
            List<String> lines = lines(e.getValue());
            row(out, e.getKey(), "letters and digits", score(lines, query, reference, 0, false));
            Score han = score(lines, query, reference, examples, true);
            row(out, e.getKey(), "Han only", han);
            scores.put(e.getKey(), han);
        }
        out.println();
        out.println(
                "Why they differ, Han words only: HanLP's own words with each Han run segmented alone (as the analyzer");
        out.println(
                "cuts a line), against HanLP over the whole line: folding, the local lexicon and the tokenizer play no part.");
        out.println();
        out.println(
                "| text | HanLP per Han run: precision | recall | F1 | per Han run with its closing punctuation: F1 |");
        out.println("|---|---|---|---|---|");
        for (Map.Entry<String, List<ItemDocument>> e : sets.entrySet()) {
            List<String> lines = lines(e.getValue());
            Score runs = score(lines, line -> perRun(reference, line, false), reference, 0, true);
            Score closed = score(lines, line -> perRun(reference, line, true), reference, 0, true);
            out.printf(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.4f |%n",
                    e.getKey(),
                    runs.precision(),
                    runs.recall(),
                    runs.f1(),
                    closed.f1());
        }
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            out.println();
            out.println("disagreements on Han words, " + e.getKey() + " (analyzer | HanLP, the differing words):");
            e.getValue().examples().forEach(x -> out.println("  " + x));
        }
    }

    private static void row(PrintStream out, String text, String scored, Score s) {
        out.printf(
                Locale.ROOT,
                "| %s | %s | %,d | %,d | %,d | %.4f | %.4f | %.4f | %d |%n",
                text,
                scored,
                s.lines(),
                s.ours(),
                s.reference(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.changedLines());
    }

    /** The non-blank lines of the items' titles and bodies that have a Han character. */
    static List<String> lines(List<ItemDocument> docs) {
        List<String> out = new ArrayList<>();
        for (ItemDocument d : docs) {
            for (String line : (d.title() + "\n" + d.body()).split("\n")) {
                String l = line.strip();
                if (RelevanceCorpus.hanCount(l) > 0) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The word spans of a line, and whether a simplified character was changed making them. */
    record Words(List<int[]> spans, boolean altered) {}

    static Score score(List<String> lines, Analyzer query, Segment reference, int maxExamples, boolean hanOnly) {
        return score(
                lines,
                line -> {
                    List<int[]> a = new ArrayList<>();
                    boolean altered = analyze(query, line, a);
                    return new Words(a, altered);
                },
                reference,
                maxExamples,
                hanOnly);
    }

    /**
     * HanLP's words of each Han run of the line segmented alone (with {@code closing}: together with the
     * punctuation mark that ends it, as context), Latin and digit runs whole.
     */
    static Words perRun(Segment reference, String line, boolean closing) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int j = i + 1;
            if (isHan(c)) {
                while (j < line.length() && isHan(line.charAt(j))) {
                    j++;
                }
                int end = j;
                if (closing && end < line.length() && isPunctuation(line.charAt(end))) {
                    end++;
                }
                List<int[]> run = new ArrayList<>();
                spans(reference, line, i, end, run);
                int runEnd = j;
                run.stream().filter(r -> r[1] <= runEnd).forEach(spans::add);
            } else if (Character.isLetterOrDigit(c)) {
                while (j < line.length() && Character.isLetterOrDigit(line.charAt(j)) && !isHan(line.charAt(j))) {
                    j++;
                }
                add(spans, line, i, j);
            }
            i = j;
        }
        return new Words(spans, false);
    }

    /**
     * HanLP's words of {@code line[from, to)} as spans of the line, found in the text word after word:
     * HanLP's own offsets drift after some characters (a line's later words came out one character off).
     */
    private static void spans(Segment reference, String line, int from, int to, List<int[]> out) {
        String text = line.substring(from, to);
        int pos = 0;
        for (Term t : reference.seg(text)) {
            int s = text.indexOf(t.word, pos);
            if (s < 0) {
                continue; // a word HanLP normalised: no span to compare
            }
            add(out, line, from + s, from + s + t.word.length());
            pos = s + t.word.length();
        }
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !isHan(c);
    }

    private static boolean allHan(String line, int[] span) {
        return line.substring(span[0], span[1]).chars().allMatch(c -> isHan((char) c));
    }

    static Score score(
            List<String> lines,
            java.util.function.Function<String, Words> segmenter,
            Segment reference,
            int maxExamples,
            boolean hanOnly) {
        long ours = 0;
        long ref = 0;
        long agreed = 0;
        int changed = 0;
        List<String> examples = new ArrayList<>();
        for (String line : lines) {
            Words w = segmenter.apply(line);
            List<int[]> a = w.spans();
            boolean altered = w.altered();
            List<int[]> h = new ArrayList<>();
            spans(reference, line, 0, line.length(), h);
            if (hanOnly) {
                a = a.stream().filter(s -> allHan(line, s)).toList();
                h = h.stream().filter(s -> allHan(line, s)).toList();
            }
            Set<Long> hs = new HashSet<>();
            h.forEach(s -> hs.add(key(s)));
            long same = a.stream().filter(s -> hs.contains(key(s))).count();
            ours += a.size();
            ref += h.size();
            agreed += same;
            changed += altered ? 1 : 0;
            if ((same != a.size() || same != h.size()) && examples.size() < maxExamples) {
                examples.add(difference(line, a, h));
            }
        }
        return new Score(lines.size(), ours, ref, agreed, changed, examples);
    }

    /**
     * Adds the analyzer's word spans of {@code line} to {@code spans}; true when a token's text has a Han
     * character where the line has a different, already simplified one.
     */
    private static boolean analyze(Analyzer analyzer, String line, List<int[]> spans) {
        boolean altered = false;
        try (TokenStream ts = analyzer.tokenStream("body", line)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int s = o.startOffset();
                int e = o.endOffset();
                add(spans, line, s, e);
                String typed = line.substring(s, e);
                for (int i = 0; i < Math.min(typed.length(), t.length()); i++) {
                    char c = typed.charAt(i);
                    char f = t.charAt(i);
                    altered |= c != f && isHan(c) && isHan(f) && isSimplified(c);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return altered;
    }

    /** Already simplified: HanLP's traditional-to-simplified conversion leaves it as it is. */
    static boolean isSimplified(char c) {
        String s = String.valueOf(c);
        return HanLP.convertToSimplifiedChinese(s).equals(s);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A word of letters and digits only (as SIGHAN is scored here); punctuation and spaces are no words. */
    private static void add(List<int[]> spans, String line, int s, int e) {
        if (e <= s || e > line.length()) {
            return;
        }
        if (line.substring(s, e).codePoints().allMatch(Character::isLetterOrDigit)) {
            spans.add(new int[] {s, e});
        }
    }

    private static long key(int[] span) {
        return ((long) span[0] << 32) | span[1];
    }

    /** The stretch of the line where the two segmentations differ, as words separated by slashes. */
    private static String difference(String line, List<int[]> a, List<int[]> h) {
        Set<Long> as = new HashSet<>();
        a.forEach(s -> as.add(key(s)));
        Set<Long> hs = new HashSet<>();
        h.forEach(s -> hs.add(key(s)));
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (int[] s : a) {
            if (!hs.contains(key(s))) {
                from = Math.min(from, s[0]);
                to = Math.max(to, s[1]);
            }
        }
        for (int[] s : h) {
            if (!as.contains(key(s))) {
                from = Math.min(from, s[0]);
                to = Math.max(to, s[1]);
            }
        }
        return shortened(words(line, a, from, to)) + "  |  " + shortened(words(line, h, from, to));
    }

    /** A line without punctuation can differ over hundreds of words: the first few are enough to read. */
    private static String shortened(String words) {
        return words.length() <= 60 ? words : words.substring(0, 60) + "…";
    }

    private static String words(String line, List<int[]> spans, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int[] s : spans) {
            if (s[1] > from && s[0] < to) {
                sb.append(sb.length() == 0 ? "" : "/").append(line, s[0], s[1]);
            }
        }
        return sb.toString();
    }
}
