package org.briefdesk.interfaces.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.outcome.ItemOutcome;
import org.briefdesk.application.outcome.ItemOutcomes;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * The officer's home (本单位信息): the latest items of the officer's own unit, each with what became
 * of it (columns, issue, adoptions, 批示, points), and the officer's own drafts to delete.
 */
@Named
@RequestScoped
public class OfficerHomeBean {

    /** Enough for a couple of weeks of a busy unit; older items will be found through search. */
    private static final int RECENT = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemOutcomes outcomes;

    @Inject
    OfficerItemService officerItems;

    private String unitName;
    private List<ItemOutcome> items;

    @PostConstruct
    void load() {
        Actor actor = currentUser.getActor();
        unitName = actor.unitName();
        items = outcomes.ofMyUnit(actor, RECENT);
    }

    /** 撤回: takes a submitted item back before an editor screens it. */
    public void withdraw(long itemId, long version, String title) {
        officerItems.withdraw(currentUser.getActor(), itemId, version);
        Pages.info("“" + title + "”已撤回");
        load();
    }

    /** 删除: deletes a draft of the unit. */
    public void delete(long itemId, long version, String title) {
        officerItems.deleteDraft(currentUser.getActor(), itemId, version);
        Pages.info("草稿“" + title + "”已删除");
        load();
    }

    public String getUnitName() {
        return unitName;
    }

    public List<ItemOutcome> getItems() {
        return items;
    }
}
