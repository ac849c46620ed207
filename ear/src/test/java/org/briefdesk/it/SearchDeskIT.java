package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.search.MalformedQuery;
import org.briefdesk.application.search.SavedSearchService;
import org.briefdesk.application.search.SavedSearchView;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.infrastructure.search.IndexFeed;
import org.briefdesk.infrastructure.search.IndexUpdater;
import org.briefdesk.infrastructure.search.SearchIndex;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search desk editors expect (issue 11): saved searches, export, items like one, clear errors. */
@ExtendWith(ArquillianExtension.class)
class SearchDeskIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SearchDeskIT.class);
    }

    @Inject
    SearchService searchService;

    @Inject
    SavedSearchService savedSearches;

    @Inject
    AccountService accounts;

    @Inject
    IndexUpdater updater;

    @Inject
    IndexFeed feed;

    @Inject
    SearchIndex searchIndex;

    @BeforeEach
    void indexHasCaughtUp() throws Exception {
        // The index is rebuilt from the database after a schema change.
        Await.until(
                "the index to catch up with the database",
                Await.INDEX,
                () -> !updater.progress().running()
                        && updater.catchUp() >= 0
                        && searchIndex.index().lastAppliedSequence() == feed.lastSequence()
                        && searchIndex.index().size() > 0);
    }

    private Actor actor(String login) {
        return accounts.actor(login).orElseThrow();
    }

    private static SearchService.Query query(String q) {
        return new SearchService.Query(q, Map.of(), false, null, null, SortOrder.RELEVANCE, 0, 20);
    }

    @Test
    void aSavedSearchIsItsOwnersAlone() {
        Actor editor = actor("editor");
        Actor leader = actor("leader");
        SavedSearchView s =
                savedSearches.save(editor, "垃圾分类最新", "q=%E5%9E%83%E5%9C%BE%E5%88%86%E7%B1%BB&sort=DATE_DESC");
        assertTrue(savedSearches.mine(editor).contains(s));
        assertFalse(savedSearches.mine(leader).contains(s));
        assertThrows(NotFound.class, () -> savedSearches.delete(leader, s.id()));
        assertTrue(savedSearches.mine(editor).contains(s), "another account's delete changed nothing");
        savedSearches.delete(editor, s.id());
        assertFalse(savedSearches.mine(editor).contains(s));
    }

    @Test
    void aSavedSearchNeedsANameAndStaysOnThisPage() {
        Actor editor = actor("editor");
        assertThrows(RuntimeException.class, () -> savedSearches.save(editor, " ", "q=x"));
        assertThrows(RuntimeException.class, () -> savedSearches.save(editor, "外链", "https://example.org/?q=x"));
    }

    @Test
    void theResultListIsExportedAsAWorkbookWithOneRowPerHit() throws IOException {
        Actor editor = actor("editor");
        SearchResult r = searchService.search(editor, query("垃圾分类"));
        byte[] xlsx = searchService.export(editor, query("垃圾分类"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("信息检索：垃圾分类"));
            Row head = sheet.getRow(1);
            assertEquals("标题", head.getCell(1).getStringCellValue());
            assertEquals(Math.min(r.totalHits(), SearchService.MAX_EXPORT), sheet.getLastRowNum() - 1);
            assertEquals(r.hits().get(0).title(), sheet.getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void itemsLikeOneAreFoundWithoutThatItem() {
        Actor editor = actor("editor");
        SearchHit first = searchService.search(editor, query("垃圾分类")).hits().get(0);
        SearchResult like = searchService.search(
                editor,
                new SearchService.Query(
                        first.title(), Map.of(), false, null, null, SortOrder.RELEVANCE, 0, 20, first.id()));
        assertFalse(like.hits().isEmpty(), "the demo district has other reports on the subject");
        assertTrue(like.hits().stream().noneMatch(h -> h.id().equals(first.id())));
    }

    @Test
    void aMalformedQueryComesWithTheNearestQueryThatWorks() {
        MalformedQuery e =
                assertThrows(MalformedQuery.class, () -> searchService.search(actor("editor"), query("\"垃圾分类")));
        assertTrue(e.getMessage().contains("引号不成对"), e.getMessage());
        assertEquals("垃圾分类", e.suggestion());
        assertTrue(
                searchService.search(actor("editor"), query(e.suggestion())).totalHits() > 0, "the suggestion works");
    }

    @Test
    void hostileQueriesAreRefusedWithAChineseReason() {
        String manyWords = String.join(" OR ", java.util.Collections.nCopies(1000, "垃圾"));
        MalformedQuery tooLong =
                assertThrows(MalformedQuery.class, () -> searchService.search(actor("editor"), query(manyWords)));
        assertTrue(tooLong.getMessage().startsWith("检索式过长"), tooLong.getMessage());
        String nested = "(".repeat(100) + "垃圾" + ")".repeat(100);
        MalformedQuery deep =
                assertThrows(MalformedQuery.class, () -> searchService.search(actor("editor"), query(nested)));
        assertTrue(deep.getMessage().startsWith("括号嵌套过深"), deep.getMessage());
    }

    @Test
    void anAbbreviationIsSearchedWithItsFullFormAndSaysSo() {
        SearchResult r = searchService.search(actor("editor"), query("创城"));
        assertTrue(r.expansions().contains("创建文明城区"), r.expansions().toString());
    }
}
