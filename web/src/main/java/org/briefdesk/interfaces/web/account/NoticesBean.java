package org.briefdesk.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.NoticeBell;
import org.briefdesk.interfaces.web.Pages;

/** 消息提醒: the signed-in person's notices, newest first; unread only or all; read one or all. */
@Named
@ViewScoped
public class NoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoticeService notices;

    @Inject
    NoticeBell bell;

    private boolean unreadOnly;
    private List<NoticeView> list;

    @PostConstruct
    void load() {
        list = notices.recent(currentUser.getActor(), unreadOnly, SHOWN);
    }

    public void filter() {
        load();
    }

    public void markRead(long noticeId) {
        try {
            notices.markRead(currentUser.getActor(), noticeId);
        } catch (NotFound | AccessDenied e) {
            Pages.error(e.getMessage());
        }
        bell.refresh();
        load();
    }

    public void markAllRead() {
        int n = notices.markAllRead(currentUser.getActor());
        Pages.info(n == 0 ? "没有未读提醒" : "已将" + n + "条提醒标为已读");
        bell.refresh();
        load();
    }

    /** Opens the page the notice leads to (always inside Briefdesk), marking it read. */
    public void open(long noticeId) {
        try {
            String link = notices.open(currentUser.getActor(), noticeId);
            if (link == null) {
                bell.refresh();
                load();
                return;
            }
            Pages.redirect(link);
        } catch (NotFound | AccessDenied e) {
            Pages.error(e.getMessage());
        }
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public List<NoticeView> getList() {
        return list;
    }
}
