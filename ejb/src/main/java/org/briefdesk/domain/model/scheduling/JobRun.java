package org.briefdesk.domain.model.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One job's work for one period (定时任务运行记录), e.g. the monthly statistics of 2026-11. The pair
 * (job, period) is unique in the database, so whichever node claims it first does the work and no
 * one does it again; a failed run may be claimed again a few times, and a run left RUNNING by a node
 * that died is claimed again once it is clearly stale.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    public static final int DETAIL_MAX = 1000;

    /** A failed period is tried again on later ticks, up to this many attempts in all. */
    public static final int MAX_ATTEMPTS = 3;

    /** A run still RUNNING after this long was left by a node that stopped: it may be claimed again. */
    public static final Duration STALE = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_name", nullable = false, length = 60)
    private String jobName;

    @Column(name = "period_key", nullable = false, length = 40)
    private String periodKey;

    @Column(nullable = false, length = 120)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunOutcome outcome;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(nullable = false)
    private int attempts;

    protected JobRun() {}

    public JobRun(String jobName, String periodKey, String node, Instant now) {
        this.jobName = jobName;
        this.periodKey = periodKey;
        this.node = node;
        this.startedAt = now;
        this.outcome = RunOutcome.RUNNING;
        this.attempts = 1;
    }

    /** Whether another attempt may take this period over (it failed, or its node died mid-run). */
    public boolean claimable(Instant now) {
        return switch (outcome) {
            case DONE -> false;
            case FAILED -> attempts < MAX_ATTEMPTS;
            case RUNNING -> startedAt.plus(STALE).isBefore(now);
        };
    }

    /** Another attempt by {@code node}; the caller checked {@link #claimable}. */
    public void retry(String node, Instant now) {
        this.node = node;
        this.startedAt = now;
        this.finishedAt = null;
        this.outcome = RunOutcome.RUNNING;
        this.detail = null;
        this.attempts++;
    }

    public void finish(String detail, Instant now) {
        this.outcome = RunOutcome.DONE;
        this.detail = clip(detail, DETAIL_MAX);
        this.finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        this.outcome = RunOutcome.FAILED;
        this.detail = clip(reason, DETAIL_MAX);
        this.finishedAt = now;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public RunOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public int getAttempts() {
        return attempts;
    }
}
