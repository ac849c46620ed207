package org.briefdesk.domain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The office works in Beijing time; every date shown or grouped by is in Asia/Shanghai. Every part
 * of the application reads the time from {@link #clock()}, one clock per server, so integration tests
 * can move it (to a Monday 08:00, to the first working day of a month) without waiting on real time.
 * Moving it needs the test-only system property {@value #TEST_CLOCK_PROPERTY}=true, which only the
 * integration-test server sets; in production the clock is the system clock and cannot be moved.
 */
public final class DistrictTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Set to {@code true} on the integration-test server only: lets tests move the clock. */
    public static final String TEST_CLOCK_PROPERTY = "briefdesk.test.clock";

    private static final MovableClock CLOCK = new MovableClock(ZONE);

    private DistrictTime() {}

    public static Clock clock() {
        return CLOCK;
    }

    /** Whether this server lets tests move the clock (the test-only system property is on). */
    public static boolean movable() {
        return Boolean.getBoolean(TEST_CLOCK_PROPERTY);
    }

    /** Whether a test has moved the clock (it then runs on from the moment set). */
    public static boolean moved() {
        return CLOCK.moved();
    }

    /** Moves the clock so that it reads {@code now} at once and keeps running from there. */
    public static void moveTo(Instant now) {
        requireMovable();
        CLOCK.moveTo(now);
    }

    /** Back to the system clock. */
    public static void reset() {
        requireMovable();
        CLOCK.reset();
    }

    private static void requireMovable() {
        if (!movable()) {
            throw new AccessDenied("时钟不可调整：仅在集成测试服务器上（" + TEST_CLOCK_PROPERTY + "=true）可用");
        }
    }

    /** The system clock plus an offset that only tests set. */
    private static final class MovableClock extends Clock {

        private final ZoneId zone;
        private volatile Duration offset = Duration.ZERO;
        private volatile boolean moved;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void moveTo(Instant now) {
            offset = Duration.between(Instant.now(), now);
            moved = true;
        }

        void reset() {
            moved = false;
            offset = Duration.ZERO;
        }

        boolean moved() {
            return moved;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            if (other.equals(zone)) {
                return this;
            }
            MovableClock parent = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return other;
                }

                @Override
                public Clock withZone(ZoneId z) {
                    return parent.withZone(z);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            Duration d = offset;
            return d.isZero() ? Instant.now() : Instant.now().plus(d);
        }
    }
}
