package org.briefdesk.interfaces.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefdesk.application.search.MalformedQuery;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchResult;

/**
 * The archive search page (信息检索): one box in the search module's syntax, facets, highlights.
 * Every search is a GET of {@code search.xhtml} with its {@link SearchCriteria} in the URL (the
 * buttons redirect there), so a search can be bookmarked, shared and saved (保存的检索).
 */
@Named
@ViewScoped
public class SearchBean implements Serializable {

    @Inject
    transient SearchService searchService;

    @Inject
    CurrentUser currentUser;

    private final SearchCriteria criteria = new SearchCriteria();
    private String suggestion;
    private transient SearchResult result;

    /** On every GET: runs the search the URL describes, if it describes one. */
    public void load() {
        if (criteria.describesASearch()) {
            run();
        }
    }

    /** The search button: the same page with the form's criteria in the URL, first page. */
    public void search() {
        criteria.restart();
        Pages.redirect("/search.xhtml?" + criteria.queryString(true));
    }

    public void toggle(String field, String value) {
        criteria.toggle(field, value);
        search();
    }

    public boolean isSelected(String field, String value) {
        return criteria.isSelected(field, value);
    }

    public void next() {
        if (hasNext()) {
            criteria.turnTo(criteria.page() + 1);
            Pages.redirect("/search.xhtml?" + criteria.queryString(true));
        }
    }

    public void previous() {
        if (criteria.page() > 0) {
            criteria.turnTo(criteria.page() - 1);
            Pages.redirect("/search.xhtml?" + criteria.queryString(true));
        }
    }

    private void run() {
        suggestion = null;
        try {
            result = searchService.search(
                    currentUser.getActor(),
                    criteria.query(criteria.page() * SearchCriteria.PAGE_SIZE, SearchCriteria.PAGE_SIZE));
        } catch (MalformedQuery e) {
            result = null;
            suggestion = e.suggestion();
            Pages.error(e);
        } catch (BusinessRuleViolation e) {
            result = null;
            Pages.error(e);
        }
    }

    public SearchCriteria getCriteria() {
        return criteria;
    }

    /** The link of "items like this one" for a hit: its title as the query, the hit itself left out. */
    public String likeUrl(SearchHit h) {
        return "search.xhtml?like=" + URLEncoder.encode(h.id(), StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(h.title(), StandardCharsets.UTF_8);
    }

    public String getSuggestionUrl() {
        return suggestion == null ? null : "search.xhtml?q=" + URLEncoder.encode(suggestion, StandardCharsets.UTF_8);
    }

    public String getSuggestion() {
        return suggestion;
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public boolean isSearched() {
        return result != null;
    }

    /** "创建文明城区、电动自行车": the variants searched besides what was typed. */
    public String getExpansions() {
        return result == null ? "" : String.join("、", result.expansions());
    }

    public boolean isRelaxed() {
        return result != null && result.relaxed() && criteria.getLike() == null;
    }

    /** "约 340,000" when counted on a sample, "1,000+" when Lucene only counted a lower bound. */
    public String getTotal() {
        return result == null ? "" : total(result);
    }

    static String total(SearchResult r) {
        String n = String.format("%,d", r.totalHits());
        return r.estimated() ? "约 " + n : r.totalExact() ? n : n + "+";
    }

    public boolean hasNext() {
        return result != null && (long) (criteria.page() + 1) * SearchCriteria.PAGE_SIZE < result.totalHits();
    }

    public int getPageNumber() {
        return criteria.page() + 1;
    }

    public List<SearchFacets.Facet> getFacets() {
        return SearchFacets.of(result);
    }
}
