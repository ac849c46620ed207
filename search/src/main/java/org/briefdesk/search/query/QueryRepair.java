package org.briefdesk.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * Turns the query parser's English errors into a Chinese reason, and proposes repairs of a broken
 * query, from the closest (unpaired quotes and parentheses, dangling operators removed) to the
 * plainest (the same words with no syntax at all).
 */
final class QueryRepair {
    private QueryRepair() {}

    /** A parse error whose message is already the Chinese reason (unknown field, regex, range). */
    static final class Reason extends ParseException {
        Reason(String chinese) {
            super(chinese);
        }
    }

    static String reason(String raw, ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Reason) {
                return t.getMessage();
            }
        }
        String q = normalise(raw);
        if (count(q, '"') % 2 != 0) {
            return "引号不成对；短语请用一对双引号括起，如 \"垃圾分类\"";
        }
        if (count(q, '(') != count(q, ')')) {
            return "括号不成对";
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("not allowed as first character")) {
            return "通配符 * 和 ? 不能放在词首";
        }
        if (m.contains("<EOF>")) {
            return "检索式不完整：AND、OR、NOT 或字段名之后缺少检索词";
        }
        if (m.contains("Lexical error")) {
            return "检索式含有无法识别的符号，如单独的反斜杠";
        }
        return "无法解析；请检查引号、括号和 AND、OR、NOT 的用法";
    }

    /** Repairs to try, closest first. */
    static List<String> candidates(String raw) {
        List<String> out = new ArrayList<>();
        String q = normalise(raw);
        if (count(q, '"') % 2 != 0) {
            int last = q.lastIndexOf('"');
            q = q.substring(0, last) + q.substring(last + 1);
        }
        q = balanceParentheses(q);
        q = dropDanglingOperators(q);
        out.add(q);
        out.add(plain(raw));
        return out;
    }

    /** The first of {@link #candidates} that {@code parses}, other than {@code raw} itself; null if none. */
    static String nearestWorking(String raw, Predicate<String> parses) {
        for (String candidate : candidates(raw)) {
            if (!candidate.isBlank() && !candidate.equals(raw) && parses.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The query's words without any syntax: what a search box without operators would get. */
    static String plain(String raw) {
        String s = normalise(raw).replaceAll("[\"()\\[\\]{}^~*?\\\\/!+&|:]", " ");
        s = s.replaceAll("(^|\\s)-", " ");
        s = s.replaceAll("(?<![A-Za-z])(AND|OR|NOT|TO)(?![A-Za-z])", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String normalise(String raw) {
        return raw.replace('“', '"')
                .replace('”', '"')
                .replace('＂', '"')
                .replace('（', '(')
                .replace('）', ')')
                .replace('：', ':')
                .replace('\u3000', ' ');
    }

    private static String balanceParentheses(String q) {
        StringBuilder sb = new StringBuilder(q);
        int depth = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    sb.setCharAt(i, ' ');
                } else {
                    depth--;
                }
            }
        }
        for (int i = sb.length() - 1; i >= 0 && depth > 0; i--) {
            if (sb.charAt(i) == '(') {
                sb.setCharAt(i, ' ');
                depth--;
            }
        }
        return sb.toString();
    }

    private static String dropDanglingOperators(String q) {
        String s = q.strip();
        String prev;
        do {
            prev = s;
            s = s.replaceAll("^(AND|OR)\\s+", "")
                    .replaceAll("\\s+(AND|OR|NOT)$", "")
                    .replaceAll("^(AND|OR|NOT)$", "")
                    .replaceAll("\\s+(AND|OR|NOT)\\s+(AND|OR)\\s+", " $1 ")
                    .strip();
        } while (!s.equals(prev));
        return s.replaceAll("\\s+", " ");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
