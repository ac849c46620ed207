package org.briefdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void aDateAsTheFormsShowItIsReadWithTheBlanksAroundIt() {
        DateText d = DateText.read(" 2026-11-20 ");
        assertEquals(LocalDate.of(2026, 11, 20), d.date());
        assertFalse(d.malformed());
    }

    @Test
    void anEmptyFieldIsNoDateAndNoMistake() {
        for (String blank : new String[] {null, "", "   "}) {
            DateText d = DateText.read(blank);
            assertNull(d.date());
            assertFalse(d.malformed());
        }
    }

    @Test
    void aDateWrittenAsPeopleSayItIsMalformedSoTheCallerCanSaySo() {
        for (String typed : new String[] {"2026年11月20日", "2026/11/20", "2026-11-31", "昨天"}) {
            DateText d = DateText.read(typed);
            assertNull(d.date(), typed);
            assertTrue(d.malformed(), typed);
        }
    }
}
