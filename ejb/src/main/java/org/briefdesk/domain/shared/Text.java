package org.briefdesk.domain.shared;

import java.util.regex.Pattern;

/**
 * The one rule for every string Briefdesk stores that a person or a program typed: single lines
 * (names, titles, logins) and multi-line text (notes, instructions, bodies). Refused, each with a
 * Chinese message naming the field: control characters (a line break and a tab only where several
 * lines are allowed), lone surrogates (the database would store "?"), U+FFFD (what a wrongly
 * encoded upload or body decodes to), bidirectional overrides and isolates (they make a title read
 * differently from what it is), and text that is only blanks or invisible characters.
 */
public final class Text {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private Text() {}

    /**
     * Trims and checks a required single-line text: not blank, at most {@code max} characters,
     * clean characters, no HTML tags (a title is shown in many places; markup there is either a
     * mistake or an attack).
     */
    public static String requireLine(String value, String field, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new BusinessRuleViolation(field, label + "不能为空");
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            throw new BusinessRuleViolation(field, label + "只能填写一行");
        }
        requireCleanCharacters(v, field, label, false);
        if (v.codePointCount(0, v.length()) > max) {
            throw new BusinessRuleViolation(field, label + "不能超过" + max + "个字");
        }
        if (MARKUP.matcher(v).find()) {
            throw new BusinessRuleViolation(field, label + "不能包含HTML标记");
        }
        return v;
    }

    /** Like {@link #requireLine} but an empty value is allowed and becomes null. */
    public static String optionalLine(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requireLine(value, field, label, max);
    }

    /**
     * Trims and checks required multi-line plain text: Windows line ends become \n, line breaks
     * and tabs are kept, otherwise the same characters are refused as in a line.
     */
    public static String requireText(String value, String field, String label, int max) {
        String v = value == null
                ? ""
                : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (v.isEmpty()) {
            throw new BusinessRuleViolation(field, label + "不能为空");
        }
        requireCleanCharacters(v, field, label, true);
        if (v.codePointCount(0, v.length()) > max) {
            throw new BusinessRuleViolation(field, label + "不能超过" + max + "个字");
        }
        return v;
    }

    /** Like {@link #requireText} but an empty value is allowed and becomes null. */
    public static String optionalText(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requireText(value, field, label, max);
    }

    /**
     * The character rule alone, for text that other code shapes further (the HTML of an item's
     * body): refuses what {@link Text} refuses; line breaks and tabs pass when {@code multiLine}.
     */
    public static void requireCleanCharacters(String v, String field, String label, boolean multiLine) {
        boolean visible = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                    visible = true;
                    continue;
                }
                throw new BusinessRuleViolation(field, label + "包含无效字符（不成对的代理项），请删除后重新输入");
            }
            if (Character.isLowSurrogate(c)) {
                throw new BusinessRuleViolation(field, label + "包含无效字符（不成对的代理项），请删除后重新输入");
            }
            if (c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                throw new BusinessRuleViolation(field, label + "包含无法识别的字符（可能是文件或请求的编码错误），请检查后重新输入");
            }
            if (isBidiControl(c)) {
                throw new BusinessRuleViolation(field, label + "不能包含改变文字方向的控制字符");
            }
            if (Character.getType(c) == Character.CONTROL) {
                if (multiLine && (c == '\n' || c == '\t' || c == '\r')) {
                    continue;
                }
                throw new BusinessRuleViolation(field, label + "不能包含控制字符" + (c == '\t' ? "（制表符）" : ""));
            }
            visible = visible || !invisible(c); // one visible character settles it
        }
        if (!visible) {
            throw new BusinessRuleViolation(field, label + "不能只有空格或不可见字符");
        }
    }

    /**
     * Text someone else wrote (an imported Word, PDF or text file): what {@link Text} refuses is
     * removed instead (control characters become spaces, line breaks and tabs stay when
     * {@code multiLine}), since the person importing cannot see or fix it in the file.
     */
    public static String clean(String v, boolean multiLine) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                out.append(c).append(v.charAt(++i));
            } else if (Character.isSurrogate(c)
                    || c == '\uFFFD'
                    || c == '\uFFFE'
                    || c == '\uFFFF'
                    || isBidiControl(c)) {
                continue;
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\t'))) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** U+202A–202E (embeddings, overrides) and U+2066–2069 (isolates). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Spaces of any kind and format characters (zero-width space, joiners, BOM, soft hyphen). */
    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.FORMAT
                || c == '\u3164'
                || c == '\u115F'
                || c == '\u1160'
                || c == '\uFFA0';
    }
}
