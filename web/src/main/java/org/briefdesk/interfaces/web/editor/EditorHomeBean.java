package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.interfaces.web.CurrentUser;

/** The editor's desk (编辑工作台): workload per status and the items waiting for screening. */
@Named
@RequestScoped
public class EditorHomeBean {

    /** The statuses an editor works with, in workflow order; drafts have not reached the office. */
    private static final List<ItemStatus> CARDS = List.of(
            ItemStatus.SUBMITTED,
            ItemStatus.ACCEPTED,
            ItemStatus.RETURNED,
            ItemStatus.REJECTED,
            ItemStatus.PUBLISHED,
            ItemStatus.WITHDRAWN);
    /** More than a busy week's inflow; the full inbox with paging comes with the screening page. */
    private static final int WAITING = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    private Map<ItemStatus, Long> counts;
    private long urgentWaiting;
    private List<ItemView> waiting;

    @PostConstruct
    void load() {
        Actor actor = currentUser.getActor();
        counts = itemService.countByStatus(actor);
        urgentWaiting = itemService.urgentWaiting(actor);
        waiting = itemService.waitingForScreening(actor, WAITING);
    }

    public List<ItemStatus> getCards() {
        return CARDS;
    }

    public long count(ItemStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long getUrgentWaiting() {
        return urgentWaiting;
    }

    public List<ItemView> getWaiting() {
        return waiting;
    }
}
