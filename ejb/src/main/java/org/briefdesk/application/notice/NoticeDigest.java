package org.briefdesk.application.notice;

import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticePreferences;
import org.briefdesk.domain.model.notice.NoticeRepository;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The daily digest (每日提醒汇总): one mail to each person who asked for it, listing the notices that
 * arrived since their last digest and are still unread; nothing is mailed when there are none. Run
 * each morning by {@link NoticeDigestJob} (once per cluster); a singleton, so two runs never overlap,
 * and each digest moves the person's mark, so none is sent twice.
 */
@Singleton
public class NoticeDigest {

    static final int LISTED_MAX = 50;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("M月d日").withZone(DistrictTime.ZONE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(DistrictTime.ZONE);

    @Inject
    NoticeRepository notices;

    @Inject
    AccountRepository accounts;

    @Inject
    MailRelay relay;

    @Inject
    Event<NoticeMail> mails;

    Clock clock = DistrictTime.clock();

    /** Sends every due digest now (after the commit); returns how many digests were mailed. */
    public int sendDigests() {
        if (!relay.available()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (NoticePreferences p : notices.digestSubscribers()) {
            Account a = accounts.find(p.getAccountId()).orElse(null);
            if (a == null || !a.isActive() || a.getEmail() == null) {
                continue;
            }
            Instant since = p.getDigestSentAt() == null ? now.minus(Duration.ofDays(1)) : p.getDigestSentAt();
            Long unit = a.getRole() == Role.OFFICER && a.getUnit() != null
                    ? a.getUnit().getId()
                    : null;
            List<Notice> unread = notices.unreadSince(a.getId(), unit, since, LISTED_MAX);
            p.digestSent(now);
            notices.store(p);
            if (!unread.isEmpty()) {
                mails.fire(new NoticeMail(a.getEmail(), subject(now, unread.size()), text(a, unread)));
                sent++;
            }
        }
        return sent;
    }

    static String subject(Instant now, int count) {
        return "【简报台】每日提醒汇总（" + DAY.format(now) + "，" + count + "条未读）";
    }

    static String text(Account a, List<Notice> unread) {
        StringBuilder b = new StringBuilder(a.getDisplayName()).append("：\n\n您有以下未读提醒：\n\n");
        for (Notice n : unread) {
            b.append("· ")
                    .append(TIME.format(n.getCreatedAt()))
                    .append("【")
                    .append(n.getKind().getLabel())
                    .append("】")
                    .append(n.getText())
                    .append('\n');
        }
        return b.append("\n请登录简报台，点击页面右上角的铃铛查看全部提醒。\n").toString();
    }
}
