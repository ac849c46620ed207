package org.briefdesk.it;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one way integration tests wait for something the server does after answering (the index
 * following the outbox, an import run, a re-analysis, readiness): poll a condition until it holds or a
 * deadline passes, then fail saying what was awaited and what was last seen. Tests wait on state,
 * never on a fixed time; the deadline only bounds a failure.
 *
 * <p>Polling starts at 20 ms and backs off to 250 ms, so a condition that holds at once costs nothing
 * and a long wait does not hammer the server. A probe's exception ends the wait (a broken probe is a
 * failure, not a state to wait out).
 */
public final class Await {

    /** Long enough for a fresh deployment's index rebuild on a busy 2-core machine. */
    public static final Duration INDEX = Duration.ofSeconds(180);

    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private Await() {}

    /** A condition that may need I/O to decide (an HTTP call, a query). */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Something read from the server that may need I/O. */
    @FunctionalInterface
    public interface Probe<T> {
        T read() throws Exception;
    }

    /** Waits until {@code condition} holds; fails with {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Condition condition) throws Exception {
        value(what, timeout, () -> condition.holds(), Boolean::booleanValue);
    }

    /**
     * Reads {@code probe} until {@code done} accepts the value and returns that value; fails with
     * {@code what} and the last value read after {@code timeout}.
     */
    public static <T> T value(String what, Duration timeout, Probe<T> probe, Predicate<? super T> done)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            T last = probe.read();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(
                        "timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last seen: " + last);
            }
            Thread.sleep(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }
}
