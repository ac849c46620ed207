package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scheduling.JobScheduler;
import org.briefdesk.application.scheduling.SchedulingService;
import org.briefdesk.domain.model.scheduling.JobRun;
import org.briefdesk.domain.model.scheduling.JobRunRepository;
import org.briefdesk.domain.model.scheduling.RunOutcome;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work once per cluster, on the test server's movable clock: a period's work runs once
 * however often the timer ticks, a lease another node holds keeps the job off this node, and an
 * expired lease is taken over. The timer itself ticks too (the clock is moved), so the tests read
 * the recorded runs rather than which call happened to do the work.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

    private static final String REMINDERS = "solicitation-reminders";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SchedulingIT.class);
    }

    @Inject
    JobScheduler scheduler;

    @Inject
    SchedulingService scheduling;

    @Inject
    JobRunRepository runs;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @AfterEach
    void realTimeAgain() {
        DistrictTime.reset();
    }

    @Test
    void theTestServerLetsTheClockMoveAndItRunsOnFromThere() {
        Instant monday = at("2027-03-01T08:00:00");
        DistrictTime.moveTo(monday);
        ZonedDateTime now = ZonedDateTime.now(DistrictTime.clock());
        assertEquals(java.time.DayOfWeek.MONDAY, now.getDayOfWeek());
        assertTrue(Duration.between(monday, now.toInstant()).abs().toSeconds() < 5, now.toString());
        assertTrue(scheduling.clock(admin()).moved());

        DistrictTime.reset();
        assertTrue(Duration.between(Instant.now(), DistrictTime.clock().instant())
                        .abs()
                        .toSeconds()
                < 2);
    }

    @Test
    void withoutTheTestPropertyTheClockCannotBeMoved() {
        System.clearProperty(DistrictTime.TEST_CLOCK_PROPERTY);
        try {
            assertThrows(AccessDenied.class, () -> DistrictTime.moveTo(at("2027-03-01T08:00:00")));
            assertThrows(AccessDenied.class, () -> scheduling.clock(admin()));
            assertFalse(DistrictTime.moved());
        } finally {
            System.setProperty(DistrictTime.TEST_CLOCK_PROPERTY, "true");
        }
        assertThrows(AccessDenied.class, () -> scheduling.clock(actor("editor")));
    }

    @Test
    void aHalfHoursRemindersRunOnceThoughTheTimerTicksAgain() {
        DistrictTime.moveTo(at("2027-03-01T10:05:00"));
        scheduler.runDueJobsNow();
        JobRun run = runs.find(REMINDERS, "2027-03-01T10:00").orElseThrow();
        assertEquals(RunOutcome.DONE, run.getOutcome());
        assertEquals(1, run.getAttempts());

        var second = scheduler.runDueJobsNow();
        assertFalse(second.stream().anyMatch(r -> r.job().equals(REMINDERS)), "nothing left to do: " + second);
        assertEquals(
                run.getStartedAt(),
                runs.find(REMINDERS, "2027-03-01T10:00").orElseThrow().getStartedAt());
        assertTrue(scheduling.runs(admin(), REMINDERS, 50).stream()
                .anyMatch(r -> r.period().equals("2027-03-01T10:00") && r.node().equals(scheduler.node())));
    }

    @Test
    void aLeaseHeldByAnotherNodeKeepsTheJobOffThisNodeUntilItExpires() throws Exception {
        lease(REMINDERS, "node-b", Instant.now().plus(Duration.ofMinutes(10)));
        DistrictTime.moveTo(at("2027-03-02T11:10:00"));
        scheduler.runDueJobsNow();
        assertTrue(runs.find(REMINDERS, "2027-03-02T11:00").isEmpty(), "node-b holds the lease");
        assertEquals("node-b", holder(REMINDERS));

        // node-b stopped renewing: its lease runs out and this node's next tick takes the job over.
        lease(REMINDERS, "node-b", Instant.now().minusSeconds(1));
        scheduler.runDueJobsNow();
        JobRun run = runs.find(REMINDERS, "2027-03-02T11:00").orElseThrow();
        assertEquals(scheduler.node(), run.getNode());
        assertEquals(RunOutcome.DONE, run.getOutcome());
        assertEquals(scheduler.node(), holder(REMINDERS));
        assertTrue(scheduling.jobs(admin()).stream()
                .anyMatch(j -> j.name().equals(REMINDERS) && scheduler.node().equals(j.holder())));
    }

    private void lease(String job, String holder, Instant expires) throws Exception {
        tx.begin();
        em.createNativeQuery("delete from job_lease where job_name = ?1")
                .setParameter(1, job)
                .executeUpdate();
        em.createNativeQuery("insert into job_lease (job_name, holder, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, job)
                .setParameter(2, holder)
                .setParameter(3, expires)
                .executeUpdate();
        tx.commit();
    }

    private String holder(String job) {
        return (String) em.createNativeQuery("select holder from job_lease where job_name = ?1")
                .setParameter(1, job)
                .getSingleResult();
    }

    private static Instant at(String beijingTime) {
        return java.time.LocalDateTime.parse(beijingTime)
                .atZone(DistrictTime.ZONE)
                .toInstant();
    }

    private Actor admin() {
        return actor("admin");
    }

    private Actor actor(String login) {
        return accounts.actor(login).orElseThrow();
    }
}
