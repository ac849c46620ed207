package org.briefdesk.domain.model.notice;

import java.util.List;
import java.util.Optional;

/** In-app notices (提醒). */
public interface NoticeRepository {

    Optional<Notice> find(long id);

    Notice store(Notice notice);

    /** Unread notices to the account or to its unit, newest first. */
    List<Notice> unreadFor(long accountId, Long unitId, int limit);
}
