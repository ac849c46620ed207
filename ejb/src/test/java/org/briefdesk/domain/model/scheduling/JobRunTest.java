package org.briefdesk.domain.model.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobRunTest {

    private static final Instant T = Instant.parse("2026-12-01T00:30:00Z");

    @Test
    void aFinishedPeriodIsNeverClaimedAgain() {
        JobRun run = new JobRun("monthly-report", "2026-11", "node-a", T);
        run.finish("已印发2026年11月月度通报", T.plusSeconds(5));
        assertFalse(run.claimable(T.plus(Duration.ofDays(30))));
    }

    @Test
    void aFailedPeriodIsTriedAgainUpToThreeAttempts() {
        JobRun run = new JobRun("monthly-report", "2026-11", "node-a", T);
        run.fail("数据库连接中断", T);
        assertTrue(run.claimable(T));
        run.retry("node-b", T.plusSeconds(60));
        assertEquals("node-b", run.getNode());
        run.fail("数据库连接中断", T.plusSeconds(61));
        run.retry("node-b", T.plusSeconds(120));
        run.fail("数据库连接中断", T.plusSeconds(121));
        assertEquals(3, run.getAttempts());
        assertFalse(run.claimable(T.plusSeconds(180)));
    }

    @Test
    void aRunLeftRunningByADeadNodeIsClaimedOnceStale() {
        JobRun run = new JobRun("monthly-report", "2026-11", "node-a", T);
        assertFalse(run.claimable(T.plus(Duration.ofMinutes(29))));
        assertTrue(run.claimable(T.plus(Duration.ofMinutes(31))));
    }
}
