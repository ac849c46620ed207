package org.briefdesk.application.solicitation;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.briefdesk.application.notice.InMemoryNotices;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.notice.NoticePreferences;
import org.briefdesk.domain.model.solicitation.Answer;
import org.briefdesk.domain.model.solicitation.Solicitation;
import org.briefdesk.domain.model.solicitation.SolicitationRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.DistrictTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 约稿到期提醒 at a given hour: which units are reminded, once, in the app and (with a relay) by mail. */
class SolicitationRemindersTest {

    /** 2026-11-27 10:00 in the district. */
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static final Instant WRITTEN = NOW.minus(Duration.ofDays(3));

    private final Unit haidian = withId(new Unit("海淀街道", null, UnitKind.STREET_TOWN, true), 3L);
    private final Unit xueyuanlu = withId(new Unit("学院路街道", null, UnitKind.STREET_TOWN, true), 4L);
    private final Unit zhongguancun = withId(new Unit("中关村街道", null, UnitKind.STREET_TOWN, true), 5L);
    private final Solicitations solicitations = new Solicitations();
    private final InMemoryNotices centre = new InMemoryNotices();
    private final List<Notice> notices = centre.notices;
    private final SolicitationReminders reminders = new SolicitationReminders();

    @BeforeEach
    void wire() {
        SolicitationService service = new SolicitationService();
        service.solicitations = solicitations;
        service.notices = centre.service(Clock.fixed(NOW, DistrictTime.ZONE));
        reminders.solicitations = service;
        reminders.clock = Clock.fixed(NOW, DistrictTime.ZONE);
    }

    private Solicitation solicit(String topic, LocalDateTime deadline, Unit... targets) {
        return solicitations.add(withId(
                new Solicitation(topic, "请报送本单位开展垃圾分类工作的做法和成效，500字以内。", deadline, List.of(targets), 1L, WRITTEN),
                solicitations.all.size() + 1L));
    }

    private List<Long> remindedUnits() {
        return notices.stream().map(Notice::getUnitId).toList();
    }

    private Account officer(String login, String name, Unit unit, String email) {
        Account a = withId(new Account(login, name, "briefdesk2026", Role.OFFICER, unit), 30L + centre.accounts.size());
        a.changeEmail(email);
        centre.accounts.add(a);
        return a;
    }

    @Test
    void unitsThatHaveNotAnsweredASolicitationDueWithinADayAreReminded() {
        Solicitation due = solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian, xueyuanlu, zhongguancun);
        solicit("冬季供暖保障", LocalDateTime.of(2026, 11, 30, 17, 0), haidian);
        solicitations.answers.add(new Answer(due.getId(), 90L, 4L, "学院路街道垃圾分类三步走", NOW.minus(Duration.ofHours(5))));

        assertEquals(2, reminders.sendDueReminders());

        assertEquals(List.of(3L, 5L), remindedUnits(), "学院路 answered; 冬季供暖 is due in more than a day");
        assertTrue(
                notices.get(0).getText().startsWith("约稿《垃圾分类经验做法》将于11月28日 08:00截止，本单位尚未报送"),
                notices.get(0).getText());
    }

    @Test
    void eachUnitIsRemindedOnlyOnce() {
        solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian);

        assertEquals(1, reminders.sendDueReminders());
        reminders.clock = Clock.fixed(NOW.plus(Duration.ofMinutes(30)), DistrictTime.ZONE);
        assertEquals(0, reminders.sendDueReminders());

        assertEquals(List.of(3L), remindedUnits());
    }

    @Test
    void aClosedSolicitationRemindsNobody() {
        solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian).close();

        assertEquals(0, reminders.sendDueReminders());
        assertTrue(notices.isEmpty());
    }

    @Test
    void withARelayTheUnitsActiveOfficersWithAnAddressAreMailedToo() {
        centre.relay = true;
        officer("haidian", "李信息员", haidian, "li@haidian.gov.cn");
        officer("haidian2", "周信息员", haidian, null);
        officer("haidian3", "吴信息员", haidian, "wu@haidian.gov.cn").deactivate();
        officer("xueyuanlu", "赵信息员", xueyuanlu, "zhao@xueyuanlu.gov.cn");
        solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian);

        reminders.sendDueReminders();

        assertEquals(List.of("li@haidian.gov.cn 【简报台】约稿到期提醒：《垃圾分类经验做法》"), centre.mailed());
    }

    @Test
    void withoutARelayTheInAppNoticeIsTheOnlyReminder() {
        officer("haidian", "李信息员", haidian, "li@haidian.gov.cn");
        solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian);

        assertEquals(1, reminders.sendDueReminders());

        assertTrue(centre.mails.isEmpty());
        assertEquals(List.of(3L), remindedUnits());
    }

    @Test
    void anOfficerWhoTurnedOffThatKindOfMailGetsOnlyTheInAppReminder() {
        centre.relay = true;
        Account li = officer("haidian", "李信息员", haidian, "li@haidian.gov.cn");
        Account zhou = officer("haidian2", "周信息员", haidian, "zhou@haidian.gov.cn");
        NoticePreferences quiet = NoticePreferences.defaults(li.getId());
        quiet.choose(List.of(NoticeKind.SOLICITATION_RECEIVED), false);
        centre.preferences.put(li.getId(), quiet);
        solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian);

        reminders.sendDueReminders();

        assertEquals(List.of(3L), remindedUnits());
        assertEquals(List.of("zhou@haidian.gov.cn 【简报台】约稿到期提醒：《垃圾分类经验做法》"), centre.mailed());
        assertEquals(zhou.getEmail(), centre.mails.get(0).to());
    }

    @Test
    void aUnitThatMissedTheDeadlineIsToldOnceThatItIsOverdue() {
        Solicitation missed = solicit("垃圾分类经验做法", LocalDateTime.of(2026, 11, 28, 8, 0), haidian, xueyuanlu);
        solicitations.answers.add(new Answer(missed.getId(), 90L, 4L, "学院路街道垃圾分类三步走", NOW));
        reminders.clock = Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"), DistrictTime.ZONE);

        assertEquals(1, reminders.sendOverdueNotices());
        assertEquals(0, reminders.sendOverdueNotices());

        assertEquals(List.of(3L), remindedUnits());
        assertEquals(NoticeKind.SOLICITATION_OVERDUE, notices.get(0).getKind());
        assertEquals(
                "约稿《垃圾分类经验做法》已于11月28日 08:00截止，本单位尚未报送，逾期报送仍可补报", notices.get(0).getText());
    }

    /** Solicitations and answers in memory; the deadline window as the database query reads it. */
    private static final class Solicitations implements SolicitationRepository {
        final List<Solicitation> all = new ArrayList<>();
        final List<Answer> answers = new ArrayList<>();

        Solicitation add(Solicitation s) {
            all.add(s);
            return s;
        }

        @Override
        public Optional<Solicitation> find(long id) {
            return all.stream().filter(s -> s.getId() == id).findFirst();
        }

        @Override
        public Solicitation store(Solicitation solicitation) {
            return add(solicitation);
        }

        @Override
        public List<Solicitation> all() {
            return all;
        }

        @Override
        public List<Solicitation> openAddressedTo(long unitId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Solicitation> openWithDeadlineBetween(Instant from, Instant to) {
            return all.stream()
                    .filter(s -> !s.isClosed()
                            && s.getDeadline().isAfter(from)
                            && !s.getDeadline().isAfter(to))
                    .toList();
        }

        @Override
        public List<Answer> answersTo(Collection<Long> solicitationIds) {
            return answers.stream()
                    .filter(a -> solicitationIds.contains(a.solicitationId()))
                    .toList();
        }
    }
}
