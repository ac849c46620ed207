package org.briefdesk.interfaces.rest;

import java.time.LocalDate;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.DateText;

/** A date in a JSON body or a query, written as 2026-11-20; anything else is a 400 naming the field. */
final class Dates {

    private static final String FORMAT = "日期格式应为 2026-11-20";

    private Dates() {}

    /** A date the request must carry: none is as wrong as a malformed one. */
    static LocalDate parse(String value, String field) {
        LocalDate date = DateText.read(value).date();
        if (date == null) {
            throw new BusinessRuleViolation(field, FORMAT);
        }
        return date;
    }

    /** A date the request may leave out or blank (null then). */
    static LocalDate optional(String value, String field) {
        DateText d = DateText.read(value);
        if (d.malformed()) {
            throw new BusinessRuleViolation(field, FORMAT);
        }
        return d.date();
    }
}
