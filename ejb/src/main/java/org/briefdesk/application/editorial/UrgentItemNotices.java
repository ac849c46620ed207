package org.briefdesk.application.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.briefdesk.application.item.UrgentItemSubmitted;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.notice.NoticeKind;

/**
 * 紧急信息: every editor gets a notice (and, by default, a mail) when an urgent item arrives, written in
 * the submitting transaction so it exists exactly when the item does; the live alert on open pages is
 * the web layer's.
 */
@ApplicationScoped
public class UrgentItemNotices {

    @Inject
    NoticeService notices;

    void onUrgentItem(@Observes UrgentItemSubmitted event) {
        notices.toRole(
                Role.EDITOR,
                new Notification(
                        NoticeKind.URGENT_ITEM,
                        "“" + event.title() + "”",
                        event.unitShortName() + "报送紧急信息“" + event.title() + "”，请第一时间处理",
                        "/editor/item.xhtml?id=" + event.itemId()));
    }
}
