package org.briefdesk.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private final Instant start = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void theSixthFailureLocksForThirtySecondsAndEachFurtherOneDoublesUpToFifteenMinutes() {
        LoginFailures f = new LoginFailures(LoginFailures.ofAccount("haidian"), start);
        for (int i = 1; i <= 5; i++) {
            assertFalse(f.fail(start, 5), "failure " + i);
        }
        assertEquals(Duration.ZERO, f.lockedFor(start));
        assertTrue(f.fail(start, 5));
        assertEquals(Duration.ofSeconds(30), f.lockedFor(start));
        f.fail(start, 5);
        assertEquals(Duration.ofSeconds(60), f.lockedFor(start));
        for (int i = 0; i < 20; i++) {
            f.fail(start, 5);
        }
        assertEquals(Duration.ofMinutes(15), f.lockedFor(start));
        assertEquals(Duration.ZERO, f.lockedFor(start.plus(Duration.ofMinutes(16))));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOne() {
        LoginFailures f = new LoginFailures(LoginFailures.ofAddress("192.0.2.1"), start);
        for (int i = 0; i < 5; i++) {
            f.fail(start, 5);
        }
        assertFalse(f.fail(start.plus(Duration.ofMinutes(61)), 5), "counting starts again");
        assertEquals(1, f.getFailures());
    }
}
