package org.briefdesk.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.scheduling.JobRunRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Administrators' view of scheduled work (定时任务): the jobs, who holds each lease, the recorded
 * runs, running what is due now, and, on the test server only, moving the office's clock.
 */
@Stateless
public class SchedulingService {

    @Inject
    JobScheduler scheduler;

    @Inject
    JobLeases leases;

    @Inject
    JobRunRepository runs;

    public record JobView(String name, String title, String holder, Instant leaseExpiresAt) implements Serializable {}

    public record ClockView(Instant now, boolean movable, boolean moved, String node) implements Serializable {}

    public List<JobView> jobs(Actor actor) {
        actor.require(Role.ADMIN);
        var held = leases.all();
        return scheduler.jobs().stream()
                .map(j -> held.stream()
                        .filter(l -> l.job().equals(j.name()))
                        .findFirst()
                        .map(l -> new JobView(j.name(), j.title(), l.holder(), l.expiresAt()))
                        .orElse(new JobView(j.name(), j.title(), null, null)))
                .toList();
    }

    public List<JobRunView> runs(Actor actor, String job, int limit) {
        actor.require(Role.ADMIN);
        return runs.latest(job, Math.max(1, Math.min(limit, 500))).stream()
                .map(JobRunView::of)
                .toList();
    }

    /** 立即运行到期任务: the timer's own code path, on this node, under the same leases. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<JobRunView> runDueNow(Actor actor) {
        actor.require(Role.ADMIN);
        return scheduler.runDueJobsNow();
    }

    /** The office's clock on this node; refused unless the server lets tests move it. */
    public ClockView clock(Actor actor) {
        actor.require(Role.ADMIN);
        requireMovable();
        return view();
    }

    /** Moves the office's clock on this node (test server only); it runs on from {@code now}. */
    public ClockView moveClock(Actor actor, Instant now) {
        actor.require(Role.ADMIN);
        requireMovable();
        if (now == null) {
            throw new BusinessRuleViolation("now", "请给出时刻，如 {\"now\":\"2026-11-02T08:30:00+08:00\"}");
        }
        DistrictTime.moveTo(now);
        return view();
    }

    /** Back to the system clock (test server only). */
    public ClockView resetClock(Actor actor) {
        actor.require(Role.ADMIN);
        requireMovable();
        DistrictTime.reset();
        return view();
    }

    private ClockView view() {
        return new ClockView(
                DistrictTime.clock().instant(), DistrictTime.movable(), DistrictTime.moved(), scheduler.node());
    }

    private static void requireMovable() {
        if (!DistrictTime.movable()) {
            throw new AccessDenied("时钟不可调整：仅在集成测试服务器上（" + DistrictTime.TEST_CLOCK_PROPERTY + "=true）可用");
        }
    }
}
