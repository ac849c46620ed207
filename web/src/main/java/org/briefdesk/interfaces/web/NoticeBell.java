package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.application.notice.NoticeService;

/** The bell in every page's header: the signed-in person's own unread count, asked once per request. */
@Named
@RequestScoped
public class NoticeBell {

    @Inject
    CurrentUser currentUser;

    @Inject
    NoticeService notices;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notices.unreadCount(currentUser.getActor()) : 0L;
        }
        return unread;
    }

    /** What the badge shows: the count, or 99+ so the header never widens. */
    public String getBadge() {
        long n = getUnread();
        return n > 99 ? "99+" : String.valueOf(n);
    }

    /** Read again after the page marked notices read in this request. */
    public void refresh() {
        unread = null;
    }
}
