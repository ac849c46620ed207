package org.briefdesk.domain.model.solicitation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.Text;

/**
 * A solicitation (《宣传信息约稿通知》): the office asks named units for items on a topic by a deadline.
 * Units answer with items linked to it; {@link #statusOf} tells who answered, who was late and who missed it.
 */
@Entity
@Table(name = "solicitation")
public class Solicitation {

    public static final int TOPIC_MAX = 100;
    public static final int REQUIREMENTS_MAX = 5000;
    /** Units that have not answered are reminded once this long before the deadline. */
    public static final Duration REMIND_BEFORE = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solicitation_seq")
    @SequenceGenerator(name = "solicitation_seq", sequenceName = "solicitation_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;

    @Column(nullable = false)
    private String requirements;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean closed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solicitation_target", joinColumns = @JoinColumn(name = "solicitation_id"))
    private List<SolicitationTarget> targets = new ArrayList<>();

    protected Solicitation() {}

    /**
     * Issues a solicitation. The deadline is a Beijing wall-clock time, as the editor types it, and
     * must lie in the future; the targets must include at least one reporting unit (not the office).
     */
    public Solicitation(
            String topic,
            String requirements,
            LocalDateTime deadline,
            Collection<Unit> targetUnits,
            long createdBy,
            Instant now) {
        this.topic = Text.requireLine(topic, "topic", "约稿主题", TOPIC_MAX);
        this.requirements = requireRequirements(requirements);
        if (deadline == null) {
            throw new BusinessRuleViolation("deadline", "请填写截止时间");
        }
        this.deadline = deadline.atZone(DistrictTime.ZONE).toInstant();
        if (!this.deadline.isAfter(now)) {
            throw new BusinessRuleViolation("deadline", "截止时间必须晚于当前时间");
        }
        if (targetUnits == null || targetUnits.isEmpty()) {
            throw new BusinessRuleViolation("targets", "请至少选择一个报送单位");
        }
        for (Unit u : targetUnits) {
            if (!u.getKind().isReporting()) {
                throw new BusinessRuleViolation("targets", "“" + u.getName() + "”不是报送单位，不能约稿");
            }
            if (!u.isActive()) {
                throw new BusinessRuleViolation("targets", "单位“" + u.getName() + "”已停用");
            }
            if (!isAddressedTo(u.getId())) {
                targets.add(new SolicitationTarget(u.getId()));
            }
        }
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static String requireRequirements(String value) {
        return Text.requireText(value, "requirements", "约稿要求", REQUIREMENTS_MAX);
    }

    /**
     * Where one target unit stands, given that unit's answers: an answer submitted at or before the
     * deadline counts as on time; without any answer the unit has missed it once the deadline passed.
     */
    public AnswerStatus statusOf(long unitId, Collection<Answer> answers, Instant now) {
        boolean any = false;
        for (Answer a : answers) {
            if (a.unitId() != unitId || a.submittedAt() == null) {
                continue;
            }
            if (!a.submittedAt().isAfter(deadline)) {
                return AnswerStatus.ANSWERED;
            }
            any = true;
        }
        if (any) {
            return AnswerStatus.LATE;
        }
        return now.isAfter(deadline) ? AnswerStatus.MISSED : AnswerStatus.NOT_YET;
    }

    /** Whether the unit is due a reminder: open, deadline within {@link #REMIND_BEFORE}, not yet reminded. */
    public boolean needsReminder(long unitId, AnswerStatus status, Instant now) {
        return !closed
                && status == AnswerStatus.NOT_YET
                && !now.plus(REMIND_BEFORE).isBefore(deadline)
                && target(unitId).map(t -> t.getRemindedAt() == null).orElse(false);
    }

    /** Remembers that the unit was reminded, so the timer reminds each unit only once. */
    public void markReminded(long unitId, Instant now) {
        target(unitId)
                .orElseThrow(() -> new BusinessRuleViolation("targets", "该约稿未发给此单位"))
                .remindedAt(now);
    }

    /** Whether the unit missed the deadline and has not been told so yet (the timer tells it once). */
    public boolean needsOverdueNotice(long unitId, AnswerStatus status) {
        return !closed
                && status == AnswerStatus.MISSED
                && target(unitId).map(t -> t.getOverdueNoticedAt() == null).orElse(false);
    }

    public void markOverdueNoticed(long unitId, Instant now) {
        target(unitId)
                .orElseThrow(() -> new BusinessRuleViolation("targets", "该约稿未发给此单位"))
                .overdueNoticedAt(now);
    }

    /** The office stops collecting answers (结束约稿); officers no longer see it. */
    public void close() {
        if (closed) {
            throw new BusinessRuleViolation("closed", "该约稿已结束");
        }
        closed = true;
    }

    public boolean isAddressedTo(Long unitId) {
        return target(unitId).isPresent();
    }

    public Optional<SolicitationTarget> target(Long unitId) {
        return targets.stream().filter(t -> t.getUnitId().equals(unitId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTopic() {
        return topic;
    }

    public String getRequirements() {
        return requirements;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<SolicitationTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }
}
