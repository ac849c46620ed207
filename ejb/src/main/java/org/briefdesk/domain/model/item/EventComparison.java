package org.briefdesk.domain.model.item;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Two units' reports of one event side by side (同一事件对照): sentences aligned by how much of their
 * wording they share, not only when identical, and the facts in them (numbers, dates, places and
 * bodies, people named with their post) marked as shared by both reports or told by one only. A
 * reworded report then shows what it adds instead of every sentence as changed.
 */
public final class EventComparison {

    /** Sentences sharing less than this much of their wording are not paired. */
    static final double PAIRING = 0.3;

    /** A character of a place's or body's name: Chinese, but not the little words around names. */
    private static final String NAME_CHAR = "[\\u4e00-\\u9fa5&&[^在和与的到于及对向从了是共将把被让由为个名户人次份处条等各全该]]";

    private static final Pattern FACTS = Pattern.compile(
            // dates: 2026年12月5日, 12月5日
            "\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月\\d{1,2}日"
                    // numbers with their measure: 120余户, 3000余份, 98%, 1.5万人次
                    + "|\\d+(?:\\.\\d+)?(?:余|多)?(?:万|千)?(?:人次|个|名|户|人|次|份|处|条|家|所|辆|件|场|项|吨|平方米|米|公里|元|%|％)?"
                    // places and bodies by their last word: 海淀街道, 区城管委, 万泉河路
                    + "|" + NAME_CHAR + "{2,4}(?:街道|社区|小区|公园|广场|医院|学校|中学|小学|委员会|管委|派出所|中心|乡|镇|村|路|街|局)"
                    // people named after their post: 区委书记张华
                    + "|(?:书记|主任|区长|局长|镇长|部长|处长|所长)[\\u4e00-\\u9fa5]{2,3}(?=[，。、；\\s（]|带队|一行|主持|出席|参加|到)");

    private EventComparison() {}

    /** How a row of the comparison stands. */
    public enum Kind {
        /** the same sentence in both */
        SAME,
        /** worded differently, about the same thing */
        SIMILAR,
        /** only in the left (other) report */
        LEFT_ONLY,
        /** only in the right (this) report */
        RIGHT_ONLY
    }

    /** One row: each side's sentence with its facts marked, or null where that side has none. */
    public record Row(Kind kind, String leftHtml, String rightHtml) implements Serializable {}

    /** The aligned rows and the facts both reports tell, and each tells alone. */
    public record Result(List<Row> rows, List<String> shared, List<String> leftOnly, List<String> rightOnly)
            implements Serializable {}

    /** The facts of a text in order of appearance, each once. */
    public static List<String> facts(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = FACTS.matcher(text == null ? "" : text);
        while (m.find()) {
            String f = m.group();
            if (f.chars().anyMatch(Character::isDigit) && !f.matches(".*\\d{2,}.*|.*[年月日余多万千个名户人次份处条家所辆件场项吨米元%％].*")) {
                continue; // a lone digit says nothing
            }
            found.add(f);
        }
        return List.copyOf(found);
    }

    public static Result compare(String leftText, String rightText) {
        List<String> a = SentenceDiff.sentences(leftText);
        List<String> b = SentenceDiff.sentences(rightText);
        Set<String> leftFacts = new LinkedHashSet<>(facts(leftText));
        Set<String> rightFacts = new LinkedHashSet<>(facts(rightText));
        Set<String> shared = new LinkedHashSet<>(leftFacts);
        shared.retainAll(rightFacts);
        List<Row> rows = new ArrayList<>();
        for (int[] step : align(a, b)) {
            String l = step[0] < 0 ? null : a.get(step[0]);
            String r = step[1] < 0 ? null : b.get(step[1]);
            Kind kind =
                    l == null ? Kind.RIGHT_ONLY : r == null ? Kind.LEFT_ONLY : l.equals(r) ? Kind.SAME : Kind.SIMILAR;
            rows.add(new Row(kind, mark(l, shared), mark(r, shared)));
        }
        List<String> leftOnly =
                leftFacts.stream().filter(f -> !shared.contains(f)).toList();
        List<String> rightOnly =
                rightFacts.stream().filter(f -> !shared.contains(f)).toList();
        return new Result(List.copyOf(rows), List.copyOf(shared), leftOnly, rightOnly);
    }

    /** How much wording two sentences share: Dice's coefficient over their character pairs. */
    static double likeness(String s, String t) {
        Set<String> x = bigrams(s);
        Set<String> y = bigrams(t);
        if (x.isEmpty() || y.isEmpty()) {
            return s.equals(t) ? 1 : 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        String letters = s.replaceAll("[\\p{P}\\s]", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < letters.length(); i++) {
            out.add(letters.substring(i, i + 2));
        }
        return out;
    }

    /** Pairs the sentences with the most shared wording in total, in their order. */
    private static List<int[]> align(List<String> a, List<String> b) {
        return SentenceAlignment.steps(a, b, EventComparison::likeness, PAIRING);
    }

    /** The sentence escaped, its facts in {@code <mark>}: class bd-fact-same if both tell it, bd-fact-diff if not. */
    private static String mark(String sentence, Set<String> shared) {
        if (sentence == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = FACTS.matcher(sentence);
        List<String> own = facts(sentence);
        while (m.find()) {
            if (own.contains(m.group())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at) {
                continue;
            }
            String fact = sentence.substring(s[0], s[1]);
            html.append(Entities.escape(sentence.substring(at, s[0])))
                    .append("<mark class=\"")
                    .append(shared.contains(fact) ? "bd-fact-same" : "bd-fact-diff")
                    .append("\">")
                    .append(Entities.escape(fact))
                    .append("</mark>");
            at = s[1];
        }
        return html.append(Entities.escape(sentence.substring(at))).toString();
    }
}
