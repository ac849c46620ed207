package org.briefdesk.domain.model.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-app notices (提醒), each reader's read marks and each person's preferences. "For an account" means
 * addressed to the account, or to its unit when {@code unitId} is given (officers).
 */
public interface NoticeRepository {

    Optional<Notice> find(long id);

    Notice store(Notice notice);

    /** Notices for the account, newest first; only those it has not read when {@code unreadOnly}. */
    List<Notice> recentFor(long accountId, Long unitId, boolean unreadOnly, int limit);

    /** Notices for the account created after {@code since} that it has not read, oldest first. */
    List<Notice> unreadSince(long accountId, Long unitId, Instant since, int limit);

    long unreadCount(long accountId, Long unitId);

    /** Of the given notices, those the account has read. */
    Set<Long> readBy(long accountId, Collection<Long> noticeIds);

    /** Marks one notice read for the account (once; later marks keep the first time). */
    void markRead(long noticeId, long accountId, Instant at);

    /** Marks every notice for the account read; returns how many were unread. */
    int markAllRead(long accountId, Long unitId, Instant at);

    Optional<NoticePreferences> preferences(long accountId);

    NoticePreferences store(NoticePreferences preferences);

    /** Preferences of accounts that asked for the daily digest. */
    List<NoticePreferences> digestSubscribers();
}
