package org.briefdesk.application.rhythm;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Week keys of scheduled work's periods. */
final class Weeks {

    private Weeks() {}

    /** The ISO week of {@code day}, e.g. 2026-W49. */
    static String key(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
