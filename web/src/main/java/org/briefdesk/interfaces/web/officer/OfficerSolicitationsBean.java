package org.briefdesk.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.NoticeView;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.UnitSolicitation;
import org.briefdesk.interfaces.web.CurrentUser;

/** The officer's home page panel: unread notices (提醒) and the open solicitations (约稿) to the unit. */
@Named
@RequestScoped
public class OfficerSolicitationsBean {

    private static final int NOTICES_SHOWN = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    SolicitationService solicitationService;

    @Inject
    NoticeService noticeService;

    private List<NoticeView> notices;
    private List<UnitSolicitation> open;

    @PostConstruct
    void load() {
        Actor actor = currentUser.getActor();
        notices = noticeService.unread(actor, NOTICES_SHOWN);
        open = solicitationService.openForMyUnit(actor);
    }

    /** 知道了: the notice disappears from the unit's home page. */
    public void markRead(long noticeId) {
        noticeService.markRead(currentUser.getActor(), noticeId);
        load();
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public List<UnitSolicitation> getOpen() {
        return open;
    }
}
