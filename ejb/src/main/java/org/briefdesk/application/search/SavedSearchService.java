package org.briefdesk.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.savedsearch.SavedSearch;
import org.briefdesk.domain.model.savedsearch.SavedSearchRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/** Saved searches (保存的检索): every account keeps its own, and only its own is listed or deleted. */
@Stateless
public class SavedSearchService {

    /** Enough for a desk's standing searches; a list longer than this is no longer read. */
    public static final int MAX_PER_ACCOUNT = 50;

    @Inject
    SavedSearchRepository searches;

    public List<SavedSearchView> mine(Actor actor) {
        return searches.of(actor.accountId()).stream()
                .map(SavedSearchService::view)
                .toList();
    }

    public SavedSearchView save(Actor actor, String name, String query) {
        if (searches.countOf(actor.accountId()) >= MAX_PER_ACCOUNT) {
            throw new BusinessRuleViolation("name", "最多保存" + MAX_PER_ACCOUNT + "个检索，请先删除不用的");
        }
        return view(searches.store(new SavedSearch(
                actor.accountId(), name, query, DistrictTime.clock().instant())));
    }

    /** Deletes one of the actor's saved searches; another account's is "not found", never revealed. */
    public void delete(Actor actor, long id) {
        SavedSearch s = searches.find(id)
                .filter(x -> x.isOwnedBy(actor.accountId()))
                .orElseThrow(() -> new NotFound("保存的检索不存在"));
        searches.remove(s);
    }

    private static SavedSearchView view(SavedSearch s) {
        return new SavedSearchView(s.getId(), s.getName(), s.getQuery());
    }
}
