package org.briefdesk.domain.model.item;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Compares two texts sentence by sentence (逐句对比), as an editor reads them: Chinese reports change
 * whole sentences far more often than single characters, so a sentence-level LCS shows what another
 * unit or another editor added (ins) and dropped (del) without noise.
 */
public final class SentenceDiff {

    /** The sentence ends of Chinese prose (a line break ends one too); the mark stays with its sentence. */
    private static final String ENDS = "。！？；!?;";

    private SentenceDiff() {}

    /** One sentence of the comparison: kept in both texts, only in the old one, or only in the new one. */
    public enum Kind {
        SAME,
        DELETED,
        INSERTED
    }

    public record Part(Kind kind, String sentence) implements Serializable {}

    /**
     * The two texts side by side: {@code leftHtml} is the old text with dropped sentences in
     * {@code <del>}, {@code rightHtml} the new text with added sentences in {@code <ins>}, and
     * {@code unifiedHtml} both marks in reading order. Every sentence is HTML-escaped; a paragraph
     * end becomes {@code <br>}.
     */
    public record Result(List<Part> parts, String leftHtml, String rightHtml, String unifiedHtml)
            implements Serializable {

        public boolean identical() {
            return parts.stream().allMatch(p -> p.kind() == Kind.SAME);
        }

        public long changedSentences() {
            return parts.stream().filter(p -> p.kind() != Kind.SAME).count();
        }
    }

    /** The sentences of {@code text}, trimmed, blank ones left out; a line break ends a sentence too. */
    public static List<String> sentences(String text) {
        return split(text).stream().map(Sentence::text).toList();
    }

    /** A sentence and whether a line break follows it, so the marked-up texts keep their paragraphs. */
    private record Sentence(String text, boolean endsParagraph) {}

    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak) {
                add(out, current);
                if (!out.isEmpty()) {
                    out.set(out.size() - 1, new Sentence(out.get(out.size() - 1).text(), true));
                }
                continue;
            }
            current.append(c);
            if (ENDS.indexOf(c) >= 0) {
                add(out, current);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<Sentence> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(new Sentence(s, false));
        }
        current.setLength(0);
    }

    public static Result compare(String oldText, String newText) {
        List<Sentence> a = split(oldText);
        List<Sentence> b = split(newText);
        List<Part> parts = new ArrayList<>();
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        StringBuilder unified = new StringBuilder();
        for (int[] step : steps(
                a.stream().map(Sentence::text).toList(),
                b.stream().map(Sentence::text).toList())) {
            Sentence fromA = step[0] < 0 ? null : a.get(step[0]);
            Sentence fromB = step[1] < 0 ? null : b.get(step[1]);
            if (fromA != null && fromB != null) {
                parts.add(new Part(Kind.SAME, fromA.text()));
                append(left, null, fromA);
                append(right, null, fromB);
                append(unified, null, fromB);
            } else if (fromA != null) {
                parts.add(new Part(Kind.DELETED, fromA.text()));
                append(left, "del", fromA);
                // The merged text follows the new text's paragraphs; a dropped sentence breaks none.
                append(unified, "del", new Sentence(fromA.text(), false));
            } else {
                parts.add(new Part(Kind.INSERTED, fromB.text()));
                append(right, "ins", fromB);
                append(unified, "ins", fromB);
            }
        }
        return new Result(List.copyOf(parts), left.toString(), right.toString(), unified.toString());
    }

    private static void append(StringBuilder html, String mark, Sentence s) {
        String escaped = Entities.escape(s.text());
        html.append(mark == null ? escaped : "<" + mark + ">" + escaped + "</" + mark + ">");
        if (s.endsParagraph()) {
            html.append("<br>");
        }
    }

    /**
     * Longest common subsequence of sentences, as steps {index in a or -1, index in b or -1}; where
     * both sides changed, the old sentence comes first.
     */
    private static List<int[]> steps(List<String> a, List<String> b) {
        return SentenceAlignment.steps(a, b, (x, y) -> x.equals(y) ? 1 : 0, 1);
    }
}
