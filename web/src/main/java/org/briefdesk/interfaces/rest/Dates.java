package org.briefdesk.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** A date in a JSON body, written as 2026-11-27; anything else is a 400 naming the field. */
final class Dates {

    private Dates() {}

    static LocalDate parse(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation(field, "日期格式应为 2026-11-27");
        }
    }
}
