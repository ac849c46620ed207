package org.briefdesk.search.query;

import org.briefdesk.search.document.ItemFields;

/**
 * The query syntax as typed on a Chinese keyboard, made what the classic query parser reads: full-width
 * quotes, parentheses, spaces and a full-width colon after a field name become ASCII; '/' (regex syntax)
 * is escaped because users write dates as 2024/05.
 */
final class TypedSyntax {
    private TypedSyntax() {}

    static String toParserSyntax(String q) {
        StringBuilder sb = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            switch (c) {
                case '“', '”', '＂' -> sb.append('"');
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '：' -> sb.append(endsWithAlias(sb) ? ':' : c);
                case '/' -> sb.append("\\/");
                case '\u3000' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the text so far ends with a field name (标题, title…) standing on its own. */
    private static boolean endsWithAlias(StringBuilder sb) {
        for (String a : ItemFields.aliases()) {
            int s = sb.length() - a.length();
            if (s >= 0
                    && sb.substring(s).equalsIgnoreCase(a)
                    && (s == 0 || !Character.isLetterOrDigit(sb.charAt(s - 1)) || sb.charAt(s - 1) > 0x2E80)) {
                return true;
            }
        }
        return false;
    }
}
