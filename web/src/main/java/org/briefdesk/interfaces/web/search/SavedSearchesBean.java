package org.briefdesk.interfaces.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.search.SavedSearchService;
import org.briefdesk.application.search.SavedSearchView;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * The search page's saved searches (我保存的检索): each keeps the URL query string of a search
 * without its page, so opening one runs it again on today's archive.
 */
@Named
@ViewScoped
public class SavedSearchesBean implements Serializable {

    @Inject
    transient SavedSearchService savedSearches;

    @Inject
    CurrentUser currentUser;

    /** The same view's search: what is saved is its criteria. */
    @Inject
    SearchBean search;

    private String saveName;
    private List<SavedSearchView> saved;

    public void saveSearch() {
        try {
            savedSearches.save(
                    currentUser.getActor(), saveName, search.getCriteria().queryString(false));
            saveName = null;
            saved = savedSearches.mine(currentUser.getActor());
            Pages.info("已保存，可在“我保存的检索”中再次打开");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    public void deleteSaved(long id) {
        try {
            savedSearches.delete(currentUser.getActor(), id);
        } catch (NotFound e) {
            Pages.error(e.getMessage());
        }
        saved = savedSearches.mine(currentUser.getActor());
    }

    public List<SavedSearchView> getSaved() {
        if (saved == null) {
            saved = savedSearches.mine(currentUser.getActor());
        }
        return saved;
    }

    public String getSaveName() {
        return saveName;
    }

    public void setSaveName(String saveName) {
        this.saveName = saveName;
    }
}
