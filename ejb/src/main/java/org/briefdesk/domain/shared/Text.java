package org.briefdesk.domain.shared;

import java.util.regex.Pattern;

/** Input rules shared by every plain-text field a user types (names, titles, logins). */
public final class Text {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private Text() {
    }

    /**
     * Trims and checks a required single-line text: not blank, at most {@code max} characters,
     * no HTML tags (a title is shown in many places; markup there is either a mistake or an attack).
     */
    public static String requireLine(String value, String field, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new BusinessRuleViolation(field, label + "不能为空");
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw new BusinessRuleViolation(field, label + "不能超过" + max + "个字");
        }
        if (MARKUP.matcher(v).find()) {
            throw new BusinessRuleViolation(field, label + "不能包含HTML标记");
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            throw new BusinessRuleViolation(field, label + "只能填写一行");
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
}
