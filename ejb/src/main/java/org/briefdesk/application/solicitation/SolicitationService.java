package org.briefdesk.application.solicitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.solicitation.Answer;
import org.briefdesk.domain.model.solicitation.AnswerStatus;
import org.briefdesk.domain.model.solicitation.Solicitation;
import org.briefdesk.domain.model.solicitation.SolicitationRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Solicitations (约稿): editors issue them to units and follow who answered; officers see the ones
 * addressed to their own unit and answer with linked items.
 */
@Stateless
public class SolicitationService {

    static final String OFFICER_HOME = "/officer/home.xhtml";
    static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(DistrictTime.ZONE);

    @Inject
    SolicitationRepository solicitations;

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    NoticeService notices;

    /** How long after a deadline a unit that missed it is still told so (older ones are history). */
    static final java.time.Duration OVERDUE_WINDOW = java.time.Duration.ofDays(2);

    Clock clock = DistrictTime.clock();

    /** An editor issues a solicitation; every target unit gets an in-app notice at once. */
    public Tracking issue(Actor actor, SolicitationForm form) {
        actor.require(Role.EDITOR);
        List<Unit> targets = new ArrayList<>();
        for (Long id : form.unitIds() == null ? List.<Long>of() : form.unitIds()) {
            targets.add(units.find(id).orElseThrow(() -> new BusinessRuleViolation("targets", "所选单位不存在，请刷新页面后重选")));
        }
        Instant now = clock.instant();
        Solicitation s = solicitations.store(
                new Solicitation(form.topic(), form.requirements(), form.deadline(), targets, actor.accountId(), now));
        String text = "新约稿：《" + s.getTopic() + "》，请于" + DEADLINE.format(s.getDeadline()) + "前报送";
        for (var t : s.getTargets()) {
            notices.toUnit(
                    t.getUnitId(),
                    new Notification(NoticeKind.SOLICITATION_RECEIVED, "《" + s.getTopic() + "》", text, OFFICER_HOME));
        }
        return track(List.of(s)).get(0);
    }

    /** Every solicitation with each target unit's progress, newest first (约稿管理). */
    public List<Tracking> tracking(Actor actor) {
        actor.require(Role.EDITOR);
        return track(solicitations.all());
    }

    public Tracking tracking(Actor actor, long solicitationId) {
        actor.require(Role.EDITOR);
        return track(List.of(find(solicitationId))).get(0);
    }

    /** The editor ends a solicitation (结束约稿): officers no longer see it; answers stay linked. */
    public void close(Actor actor, long solicitationId) {
        actor.require(Role.EDITOR);
        find(solicitationId).close();
    }

    /** Open solicitations addressed to the officer's own unit, nearest deadline first, with its status. */
    public List<UnitSolicitation> openForMyUnit(Actor actor) {
        actor.require(Role.OFFICER);
        List<Solicitation> open = solicitations.openAddressedTo(actor.unitId());
        Map<Long, List<Answer>> answers = answersBySolicitation(open);
        Instant now = clock.instant();
        return open.stream()
                .map(s -> {
                    List<Answer> mine = answers.getOrDefault(s.getId(), List.of()).stream()
                            .filter(a -> a.unitId() == actor.unitId())
                            .toList();
                    return new UnitSolicitation(
                            s.getId(),
                            s.getTopic(),
                            s.getRequirements(),
                            s.getDeadline(),
                            s.statusOf(actor.unitId(), mine, now),
                            mine);
                })
                .toList();
    }

    /**
     * The solicitation an officer's new item may answer: open and addressed to the officer's unit.
     * The item form calls this before linking an item, so a forged id is refused.
     */
    public void requireAnswerable(Actor actor, long solicitationId) {
        actor.require(Role.OFFICER);
        Solicitation s = solicitations
                .find(solicitationId)
                .filter(x -> x.isAddressedTo(actor.unitId()))
                .orElseThrow(() -> new AccessDenied("该约稿不存在或未发给本单位"));
        if (s.isClosed()) {
            throw new BusinessRuleViolation("solicitation", "约稿《" + s.getTopic() + "》已结束");
        }
    }

    /** Target units of every open solicitation due within a day that still owe an answer. */
    public List<DueReminder> dueReminders(Instant now) {
        List<Solicitation> due = solicitations.openWithDeadlineBetween(now, now.plus(Solicitation.REMIND_BEFORE));
        Map<Long, List<Answer>> answers = answersBySolicitation(due);
        List<DueReminder> result = new ArrayList<>();
        for (Solicitation s : due) {
            List<Answer> those = answers.getOrDefault(s.getId(), List.of());
            for (var t : s.getTargets()) {
                AnswerStatus status = s.statusOf(t.getUnitId(), those, now);
                if (s.needsReminder(t.getUnitId(), status, now)) {
                    result.add(DueReminder.of(s, t.getUnitId()));
                }
            }
        }
        return result;
    }

    /** Writes the in-app reminder for one unit and remembers it, so it is written only once. */
    public void remind(DueReminder due, Instant now) {
        find(due.solicitationId()).markReminded(due.unitId(), now);
        notices.toUnit(
                due.unitId(),
                new Notification(
                        NoticeKind.SOLICITATION_DUE,
                        "《" + due.topic() + "》",
                        "约稿《" + due.topic() + "》将于" + DEADLINE.format(due.deadline()) + "截止，本单位尚未报送，请及时报送",
                        OFFICER_HOME));
    }

    /** Target units of open solicitations whose deadline passed in the last two days without their answer. */
    public List<DueReminder> overdue(Instant now) {
        List<Solicitation> past = solicitations.openWithDeadlineBetween(now.minus(OVERDUE_WINDOW), now);
        Map<Long, List<Answer>> answers = answersBySolicitation(past);
        List<DueReminder> result = new ArrayList<>();
        for (Solicitation s : past) {
            List<Answer> those = answers.getOrDefault(s.getId(), List.of());
            for (var t : s.getTargets()) {
                if (s.needsOverdueNotice(t.getUnitId(), s.statusOf(t.getUnitId(), those, now))) {
                    result.add(DueReminder.of(s, t.getUnitId()));
                }
            }
        }
        return result;
    }

    /** 约稿已逾期: tells the unit once that the deadline passed without its answer. */
    public void noticeOverdue(DueReminder due, Instant now) {
        find(due.solicitationId()).markOverdueNoticed(due.unitId(), now);
        notices.toUnit(
                due.unitId(),
                new Notification(
                        NoticeKind.SOLICITATION_OVERDUE,
                        "《" + due.topic() + "》",
                        "约稿《" + due.topic() + "》已于" + DEADLINE.format(due.deadline()) + "截止，本单位尚未报送，逾期报送仍可补报",
                        OFFICER_HOME));
    }

    /** An item answering a solicitation reached the office: its editors hear of it (约稿收到回复). */
    public void answered(Item item) {
        if (item.getSolicitationId() == null) {
            return;
        }
        solicitations
                .find(item.getSolicitationId())
                .ifPresent(s -> notices.toRole(
                        Role.EDITOR,
                        new Notification(
                                NoticeKind.SOLICITATION_ANSWERED,
                                "《" + s.getTopic() + "》",
                                item.getUnit().getShortName() + "回复约稿《" + s.getTopic() + "》：" + item.getTitle(),
                                "/editor/solicitations.xhtml")));
    }

    private Solicitation find(long id) {
        return solicitations.find(id).orElseThrow(() -> new NotFound("约稿不存在"));
    }

    private Map<Long, List<Answer>> answersBySolicitation(Collection<Solicitation> list) {
        return solicitations.answersTo(list.stream().map(Solicitation::getId).toList()).stream()
                .collect(Collectors.groupingBy(Answer::solicitationId));
    }

    private List<Tracking> track(List<Solicitation> list) {
        Map<Long, Unit> unitById = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        Map<Long, List<Answer>> answers = answersBySolicitation(list);
        Instant now = clock.instant();
        List<Tracking> result = new ArrayList<>();
        for (Solicitation s : list) {
            List<Answer> those = answers.getOrDefault(s.getId(), List.of());
            List<UnitProgress> progress = s.getTargets().stream()
                    .map(t -> {
                        Unit u = unitById.get(t.getUnitId());
                        List<Answer> own = those.stream()
                                .filter(a -> a.unitId() == t.getUnitId())
                                .toList();
                        return new UnitProgress(
                                t.getUnitId(),
                                u.getShortName(),
                                u.getName(),
                                u.getKind(),
                                s.statusOf(t.getUnitId(), own, now),
                                own,
                                t.getRemindedAt());
                    })
                    .sorted((a, b) ->
                            Integer.compare(a.kind().ordinal(), b.kind().ordinal()))
                    .toList();
            String editor =
                    accounts.find(s.getCreatedBy()).map(Account::getDisplayName).orElse("");
            result.add(new Tracking(
                    s.getId(),
                    s.getTopic(),
                    s.getRequirements(),
                    s.getDeadline(),
                    s.getCreatedAt(),
                    editor,
                    s.isClosed(),
                    progress));
        }
        return result;
    }

    /** What the editor's form submits; the deadline is Beijing time as typed. */
    public record SolicitationForm(String topic, String requirements, LocalDateTime deadline, List<Long> unitIds) {}

    /** A solicitation as the editor follows it. */
    public record Tracking(
            long id,
            String topic,
            String requirements,
            Instant deadline,
            Instant createdAt,
            String createdBy,
            boolean closed,
            List<UnitProgress> units)
            implements Serializable {

        public long count(AnswerStatus status) {
            return units.stream().filter(u -> u.status() == status).count();
        }

        public UnitProgress unit(long unitId) {
            return units.stream().filter(u -> u.unitId() == unitId).findFirst().orElseThrow();
        }
    }

    /** One target unit's progress (short and full name): status, its answering items, when it was reminded. */
    public record UnitProgress(
            long unitId,
            String unitName,
            String unitFullName,
            UnitKind kind,
            AnswerStatus status,
            List<Answer> answers,
            Instant remindedAt)
            implements Serializable {}

    /** A solicitation as an officer of a target unit sees it. */
    public record UnitSolicitation(
            long id, String topic, String requirements, Instant deadline, AnswerStatus status, List<Answer> answers)
            implements Serializable {}

    /**
     * A unit that is due a deadline reminder or an overdue notice: what the notice says, and the ids
     * by which {@link #remind} and {@link #noticeOverdue} mark the solicitation.
     */
    public record DueReminder(long solicitationId, long unitId, String topic, Instant deadline) {
        static DueReminder of(Solicitation s, long unitId) {
            return new DueReminder(s.getId(), unitId, s.getTopic(), s.getDeadline());
        }
    }
}
