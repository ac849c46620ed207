package org.briefdesk.application.notice;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.notice.NoticePreferences;
import org.briefdesk.domain.model.notice.NoticeRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * The notification centre (消息提醒): notices to a person, to every officer of a unit or to everyone of
 * a role; each reader's unread count and read marks; and mail of the kinds each person chose, sent
 * after the notifying transaction commits.
 */
@Stateless
public class NoticeService {

    @Inject
    NoticeRepository notices;

    @Inject
    AccountRepository accounts;

    @Inject
    MailRelay relay;

    @Inject
    Event<NoticeMail> mails;

    Clock clock = DistrictTime.clock();

    /** Tells every officer of the unit; each officer reads it for themselves. */
    public void toUnit(long unitId, Notification n) {
        notices.store(Notice.toUnit(unitId, n.kind(), clip(n.text()), n.link(), clock.instant()));
        mail(accounts.activeOfficersOf(unitId), n);
    }

    public void toUnits(Collection<Long> unitIds, Notification n) {
        new LinkedHashSet<>(unitIds).forEach(u -> toUnit(u, n));
    }

    public void toAccount(long accountId, Notification n) {
        notices.store(Notice.toAccount(accountId, n.kind(), clip(n.text()), n.link(), clock.instant()));
        accounts.find(accountId).filter(Account::isActive).ifPresent(a -> mail(List.of(a), n));
    }

    /** Tells every active account of the role (e.g. all editors of an urgent item), each on their own. */
    public void toRole(Role role, Notification n) {
        for (Account a : accounts.activeWithRole(role)) {
            notices.store(Notice.toAccount(a.getId(), n.kind(), clip(n.text()), n.link(), clock.instant()));
            mail(List.of(a), n);
        }
    }

    /**
     * A plain in-app notice to every officer of a unit (kind 其他提醒), never mailed: for callers that
     * mail in their own way (scheduled reports and reminders).
     */
    public void toUnit(long unitId, String text, String link) {
        notices.store(Notice.toUnit(unitId, NoticeKind.OTHER, clip(text), link, clock.instant()));
    }

    /** A plain in-app notice to one account (kind 其他提醒), never mailed. */
    public void toAccount(long accountId, String text, String link) {
        notices.store(Notice.toAccount(accountId, NoticeKind.OTHER, clip(text), link, clock.instant()));
    }

    /** Unread notices for the actor, newest first (the home pages' 提醒). */
    public List<NoticeView> unread(Actor actor, int limit) {
        return notices.recentFor(actor.accountId(), unitOf(actor), true, limit).stream()
                .map(n -> NoticeView.of(n, false))
                .toList();
    }

    /** The notices list: the newest first, read ones too unless only unread are asked for. */
    public List<NoticeView> recent(Actor actor, boolean unreadOnly, int limit) {
        List<Notice> list = notices.recentFor(actor.accountId(), unitOf(actor), unreadOnly, limit);
        Set<Long> read = unreadOnly
                ? Set.of()
                : notices.readBy(
                        actor.accountId(), list.stream().map(Notice::getId).toList());
        return list.stream()
                .map(n -> NoticeView.of(n, read.contains(n.getId())))
                .toList();
    }

    /** The number on the bell. */
    public long unreadCount(Actor actor) {
        return notices.unreadCount(actor.accountId(), unitOf(actor));
    }

    /** 知道了: read for the actor only; the unit's other officers still see it. */
    public void markRead(Actor actor, long noticeId) {
        notices.markRead(own(actor, noticeId).getId(), actor.accountId(), clock.instant());
    }

    /** 全部标为已读; returns how many were unread. */
    public int markAllRead(Actor actor) {
        return notices.markAllRead(actor.accountId(), unitOf(actor), clock.instant());
    }

    /** Opens a notice: marked read, and the page it leads to (inside Briefdesk; null when it has none). */
    public String open(Actor actor, long noticeId) {
        Notice n = own(actor, noticeId);
        notices.markRead(n.getId(), actor.accountId(), clock.instant());
        return n.getLink();
    }

    public PreferencesView preferences(Actor actor) {
        NoticePreferences p = preferencesOf(actor.accountId());
        String email = accounts.find(actor.accountId()).map(Account::getEmail).orElse(null);
        return new PreferencesView(
                NoticeKind.forRole(actor.role()).stream()
                        .map(k -> new PreferencesView.KindChoice(k, k.getLabel(), p.mails(k)))
                        .toList(),
                p.isDailyDigest(),
                email,
                relay.available());
    }

    /** Saves which kinds of the actor's role are mailed at once, and the daily digest. */
    public void choose(Actor actor, Collection<NoticeKind> mailed, boolean dailyDigest) {
        Set<NoticeKind> chosen = EnumSet.noneOf(NoticeKind.class);
        for (NoticeKind k : mailed) {
            if (!NoticeKind.forRole(actor.role()).contains(k)) {
                throw new BusinessRuleViolation(
                        "kinds", "“" + k.getLabel() + "”不是发给" + actor.role().getLabel() + "的提醒");
            }
            chosen.add(k);
        }
        NoticePreferences p = preferencesOf(actor.accountId());
        p.choose(chosen, dailyDigest);
        notices.store(p);
    }

    /** Someone who never chose gets each kind's default. */
    NoticePreferences preferencesOf(long accountId) {
        return notices.preferences(accountId).orElseGet(() -> NoticePreferences.defaults(accountId));
    }

    /** The mail a notice becomes, addressed as every Briefdesk mail is (name, text, what to do). */
    static String mailText(String displayName, String text, NoticeKind kind) {
        String sentence = text.matches(".*[。！？]$") ? text : text + "。";
        return displayName + "：\n\n" + sentence + "\n\n" + kind.getMailClosing() + "\n";
    }

    static String subject(Notification n) {
        return "【简报台】" + n.kind().getLabel() + (n.about() == null ? "" : "：" + n.about());
    }

    private void mail(List<Account> to, Notification n) {
        if (!relay.available()) {
            return;
        }
        for (Account a : to) {
            if (a.getEmail() != null && preferencesOf(a.getId()).mails(n.kind())) {
                mails.fire(new NoticeMail(a.getEmail(), subject(n), mailText(a.getDisplayName(), n.text(), n.kind())));
            }
        }
    }

    private Notice own(Actor actor, long noticeId) {
        Notice n = notices.find(noticeId).orElseThrow(() -> new NotFound("提醒不存在"));
        if (!n.isFor(actor.accountId(), unitOf(actor))) {
            throw new AccessDenied("这条提醒不是发给您的");
        }
        return n;
    }

    /** A unit's notices are for its officers only. */
    private static Long unitOf(Actor actor) {
        return actor.is(Role.OFFICER) ? actor.unitId() : null;
    }

    private static String clip(String text) {
        return text.length() <= Notice.TEXT_MAX ? text : text.substring(0, Notice.TEXT_MAX - 1) + "…";
    }
}
