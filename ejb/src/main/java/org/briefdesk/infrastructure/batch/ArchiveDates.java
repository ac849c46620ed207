package org.briefdesk.infrastructure.batch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as archives write them: 2024-03-05, 2024/3/5, 2024.3.5, 20240305, 2024年3月5日 (also with
 * full-width digits), and the first such date in a text (a report's dateline).
 */
final class ArchiveDates {

    private static final Pattern FIELD =
            Pattern.compile("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*(?:[T ].*)?$");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$");
    private static final Pattern IN_NAME =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-._年]?(\\d{1,2})[-._月]?(\\d{1,2})日?(?!\\d)");
    private static final Pattern IN_TEXT =
            Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private ArchiveDates() {}

    /** The date a field holds; empty when it holds none (the caller says why in Chinese). */
    static Optional<LocalDate> parse(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String s = halfWidth(field);
        Matcher m = FIELD.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return date(m);
    }

    /** A date in a file name: 2024-03-05, 2024年3月5日, 20240305 anywhere in it. */
    static Optional<LocalDate> inName(String name) {
        Matcher m = IN_NAME.matcher(halfWidth(name));
        while (m.find()) {
            Optional<LocalDate> d = date(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first complete date written out in the text (2024年3月5日). */
    static Optional<LocalDate> inText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(halfWidth(text));
        while (m.find()) {
            Optional<LocalDate> d = date(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }
}
