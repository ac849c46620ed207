package org.briefdesk.application.scheduling;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A piece of the office's rhythm that a timer runs (a CDI bean; the scheduler finds every one). At
 * each tick the holder of the job's lease asks for the period that is due at the office's time; the
 * period's work then runs once and is recorded, unless {@link #recorded()} is false (work that is
 * safe to repeat and too frequent to keep a row for, such as polling a mailbox).
 */
public interface ScheduledJob {

    /** A stable key (job_run.job_name), e.g. {@code monthly-report}. */
    String name();

    /** What the office calls it, for the page of runs. */
    String title();

    /**
     * The period whose work is due at {@code now}, e.g. {@code 2026-11} for last month's statistics
     * from the first working day of December on; empty when nothing is due. A period stays due until
     * its run is recorded, so a server that was down at the usual moment catches up.
     */
    Optional<String> duePeriod(ZonedDateTime now);

    /** Does the period's work; returns a one-line account of it in Chinese. Throws when it failed. */
    String run(String period, ZonedDateTime now);

    /** Whether each period's run is claimed and recorded (exactly once); false: lease only. */
    default boolean recorded() {
        return true;
    }
}
