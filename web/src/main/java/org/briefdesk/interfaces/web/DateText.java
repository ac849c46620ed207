package org.briefdesk.interfaces.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one reader of dates typed into a form, a URL or a JSON body, written as 2026-11-20 (blanks
 * around it ignored), for pages and the API alike. It only reads: each caller turns a malformed text
 * into its own answer, a message on the page or a 400 problem naming the field.
 *
 * @param date the day, or null for a blank or malformed text
 * @param malformed whether there was text that is not such a date
 */
public record DateText(LocalDate date, boolean malformed) {

    public static DateText read(String text) {
        if (text == null || text.isBlank()) {
            return new DateText(null, false);
        }
        try {
            return new DateText(LocalDate.parse(text.strip()), false);
        } catch (DateTimeParseException e) {
            return new DateText(null, true);
        }
    }
}
