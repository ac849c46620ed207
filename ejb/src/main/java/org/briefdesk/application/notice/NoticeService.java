package org.briefdesk.application.notice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.notice.Notice;
import org.briefdesk.domain.model.notice.NoticeRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/** In-app notices (提醒) to a person or to every officer of their unit. */
@Stateless
public class NoticeService {

    @Inject
    NoticeRepository notices;

    /** A notice to every officer of a unit (they share it: one officer's 知道了 clears it for all). */
    public void toUnit(long unitId, String text, String link) {
        notices.store(Notice.toUnit(unitId, text, link, DistrictTime.clock().instant()));
    }

    /** A notice to one account (a leader, an editor). */
    public void toAccount(long accountId, String text, String link) {
        notices.store(
                Notice.toAccount(accountId, text, link, DistrictTime.clock().instant()));
    }

    /** Unread notices to the actor or the actor's unit, newest first. */
    public List<NoticeView> unread(Actor actor, int limit) {
        return notices.unreadFor(actor.accountId(), actor.unitId(), limit).stream()
                .map(NoticeView::of)
                .toList();
    }

    /** 知道了: the notice leaves the home page of the actor (and of the unit's other officers). */
    public void markRead(Actor actor, long noticeId) {
        Notice n = notices.find(noticeId).orElseThrow(() -> new NotFound("提醒不存在"));
        if (!n.isFor(actor.accountId(), actor.unitId())) {
            throw new AccessDenied("这条提醒不是发给您的");
        }
        n.markRead(DistrictTime.clock().instant());
    }
}
