package org.briefdesk.application.notice;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticePreferences;
import org.briefdesk.domain.model.notice.NoticeRepository;

/**
 * A notification centre in memory for unit tests of the services that notify: the notices written,
 * the mails that would go out after the commit, the accounts they go to and whether a relay exists.
 */
public final class InMemoryNotices {

    public final List<Notice> notices = new ArrayList<>();
    public final List<NoticeMail> mails = new ArrayList<>();
    public final List<Account> accounts = new ArrayList<>();
    public final Map<Long, NoticePreferences> preferences = new HashMap<>();
    public boolean relay;

    public NoticeService service(Clock clock) {
        NoticeService s = new NoticeService();
        s.clock = clock;
        s.notices = new Repository();
        s.accounts = new Accounts();
        s.relay = new MailRelay() {
            @Override
            public boolean available() {
                return relay;
            }

            @Override
            public boolean send(String to, String subject, String text) {
                throw new UnsupportedOperationException("mail goes out after the commit");
            }
        };
        s.mails = new Mails();
        return s;
    }

    /** "to subject" of every mail, in order. */
    public List<String> mailed() {
        return mails.stream().map(m -> m.to() + " " + m.subject()).toList();
    }

    private final class Repository implements NoticeRepository {
        @Override
        public Optional<Notice> find(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Notice store(Notice notice) {
            notices.add(notice);
            return notice;
        }

        @Override
        public List<Notice> recentFor(long accountId, Long unitId, boolean unreadOnly, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Notice> unreadSince(long accountId, Long unitId, Instant since, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long unreadCount(long accountId, Long unitId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> readBy(long accountId, Collection<Long> noticeIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markRead(long noticeId, long accountId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int markAllRead(long accountId, Long unitId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<NoticePreferences> preferences(long accountId) {
            return Optional.ofNullable(preferences.get(accountId));
        }

        @Override
        public NoticePreferences store(NoticePreferences p) {
            preferences.put(p.getAccountId(), p);
            return p;
        }

        @Override
        public List<NoticePreferences> digestSubscribers() {
            throw new UnsupportedOperationException();
        }
    }

    private final class Accounts implements AccountRepository {
        @Override
        public Optional<Account> find(long id) {
            return accounts.stream().filter(a -> a.getId() == id).findFirst();
        }

        @Override
        public Optional<Account> findByLogin(String login) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Account> activeByEmail(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Account> activeOfficersOf(long unitId) {
            return accounts.stream()
                    .filter(a -> a.getRole() == Role.OFFICER
                            && a.isActive()
                            && a.getUnit() != null
                            && a.getUnit().getId() == unitId)
                    .toList();
        }

        @Override
        public List<Account> activeWithRole(Role role) {
            return accounts.stream()
                    .filter(a -> a.getRole() == role && a.isActive())
                    .toList();
        }

        @Override
        public List<Account> activeSigners() {
            return accounts.stream().filter(a -> a.isSigner() && a.isActive()).toList();
        }

        @Override
        public List<Account> all() {
            return accounts;
        }

        @Override
        public Account store(Account account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return accounts.size();
        }
    }

    private final class Mails implements Event<NoticeMail> {
        @Override
        public void fire(NoticeMail event) {
            mails.add(event);
        }

        @Override
        public <U extends NoticeMail> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticeMail> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NoticeMail> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticeMail> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticeMail> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
