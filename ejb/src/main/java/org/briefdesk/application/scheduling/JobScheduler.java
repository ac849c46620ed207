package org.briefdesk.application.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The one timer of scheduled work on each node: every minute it runs the jobs whose lease this node
 * holds and whose period is due. The lease is taken and renewed by real time (it is about which node
 * is alive), the due period is judged by the office's clock (which tests move). Runs outside any
 * transaction: the lease, the claim, the work and the record each commit on their own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    /** Renewed every minute by the holder; a node that dies hands its jobs over within this. */
    public static final Duration LEASE = Duration.ofMinutes(3);

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Inject
    JobLedger ledger;

    private final ReentrantLock running = new ReentrantLock();
    private final Clock clock = DistrictTime.clock();
    private final String node = nodeName();

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        // On the test server the timer waits until a test has set the clock, so it never acts on the
        // real date behind the back of tests that do not expect it.
        if (DistrictTime.movable() && !DistrictTime.moved()) {
            return;
        }
        // A run under way (a long monthly report, or one an administrator started) is enough.
        if (!running.tryLock()) {
            return;
        }
        try {
            runDue();
        } finally {
            running.unlock();
        }
    }

    /** The timer's work at once (运行到期任务): waits for a run under way, then runs what is due. */
    public List<JobRunView> runDueJobsNow() {
        running.lock();
        try {
            return runDue();
        } finally {
            running.unlock();
        }
    }

    /** This node's name in leases and runs: WildFly's jboss.node.name (set per node in a cluster). */
    public String node() {
        return node;
    }

    /** The jobs, in a stable order. */
    public List<ScheduledJob> jobs() {
        return jobs.stream().sorted(Comparator.comparing(ScheduledJob::name)).toList();
    }

    private List<JobRunView> runDue() {
        List<JobRunView> done = new ArrayList<>();
        for (ScheduledJob job : jobs()) {
            try {
                runOne(job).ifPresent(done::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled job " + job.name() + " could not run: " + e, e);
            }
        }
        return done;
    }

    private Optional<JobRunView> runOne(ScheduledJob job) {
        Instant real = Instant.now();
        if (!ledger.acquire(job.name(), node, real, real.plus(LEASE))) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Optional<String> period = job.duePeriod(now);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        if (!job.recorded()) {
            job.run(period.get(), now);
            return Optional.empty();
        }
        Optional<Long> claim;
        try {
            claim = ledger.claim(job.name(), period.get(), node, clock.instant());
        } catch (EJBException e) {
            // Another node inserted the same period first (its lease expired under a long run).
            return Optional.empty();
        }
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        try {
            String detail = job.run(period.get(), now);
            LOG.info("Scheduled job " + job.name() + " " + period.get() + ": " + detail);
            return Optional.of(ledger.finish(claim.get(), detail, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled job " + job.name() + " " + period.get() + " failed: " + e, e);
            return Optional.of(ledger.fail(claim.get(), reason(e), clock.instant()));
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof EJBException || t.getMessage() == null)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @PreDestroy
    void stop() {
        try {
            ledger.release(node);
        } catch (RuntimeException e) {
            // The leases run out by themselves; a stopping server's database may already be gone.
            LOG.fine("Leases not released at shutdown: " + e);
        }
    }

    private static String nodeName() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName()
                : name;
    }
}
