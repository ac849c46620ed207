package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.demo.DemoData;
import org.briefdesk.infrastructure.search.ChangeLog;
import org.briefdesk.infrastructure.search.IndexFeed;
import org.briefdesk.infrastructure.search.IndexUpdater;
import org.briefdesk.infrastructure.search.SearchIndex;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index kept in step with the database through the outbox, and search with each role's limits. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SearchIT.class);
    }

    @Inject
    SearchService searchService;

    @Inject
    SimilarItemsService similar;

    @Inject
    AccountService accounts;

    @Inject
    IndexUpdater updater;

    @Inject
    IndexFeed feed;

    @Inject
    SearchIndex searchIndex;

    @Inject
    ItemJournal journal;

    @Inject
    ChangeLog changeLog;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @BeforeEach
    void indexHasCaughtUp() throws Exception {
        Await.until(
                "the index to catch up with the database",
                Await.INDEX,
                () -> !updater.progress().running()
                        && updater.catchUp() >= 0
                        && searchIndex.index().lastAppliedSequence() == feed.lastSequence()
                        && sizeOfIndex() > 0);
    }

    private int sizeOfIndex() {
        try {
            return searchIndex.index().size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Actor actor(String login) {
        return accounts.actor(login).orElseThrow();
    }

    private SearchResult search(Actor actor, String q) {
        return searchService.search(
                actor, new SearchService.Query(q, Map.of(), false, null, null, SortOrder.RELEVANCE, 0, 20));
    }

    @Test
    void everyDemoItemThatReachedTheOfficeIsSearchableAfterStartUp() throws Exception {
        // The items the server found at start-up: the demo data. (Other test classes sharing this
        // database write items straight through JPA, which only the services' journal indexes.)
        List<String> titles = demoTitles();
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        List<String> existing = em
                .createQuery(
                        "select i.id from Item i where i.title in :titles"
                                + " and i.createdAt < :started and i.status not in"
                                + " (org.briefdesk.domain.model.item.ItemStatus.DRAFT, org.briefdesk.domain.model.item.ItemStatus.WITHDRAWN)",
                        Long.class)
                .setParameter("titles", titles)
                .setParameter("started", started)
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList();
        assertTrue(existing.size() >= 50, "demo items: " + existing.size());
        Set<String> indexed = searchIndex
                .index()
                .search(SearchRequest.builder()
                        .query("")
                        .page(0, 5000)
                        .facets(false)
                        .highlight(false)
                        .build())
                .hits()
                .stream()
                .map(SearchHit::id)
                .collect(Collectors.toSet());
        assertTrue(
                indexed.containsAll(existing),
                "missing from the index: "
                        + existing.stream().filter(id -> !indexed.contains(id)).toList());
    }

    private static List<String> demoTitles() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/org/briefdesk/demo/items.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines()
                    .filter(l -> !l.isBlank())
                    .map(l ->
                            Json.createReader(new StringReader(l)).readObject().getString("title"))
                    .toList();
        }
    }

    @Test
    void editorsFindEveryUnitsItemsWithHighlightedTitles() {
        SearchResult r = search(actor("editor"), "垃圾分类");
        assertTrue(r.totalHits() >= 2, "demo items on 垃圾分类");
        assertTrue(
                r.hits().stream()
                        .anyMatch(h -> h.titleHighlight().contains("<em>垃圾分类</em>")
                                || h.fragments().stream().anyMatch(f -> f.contains("<em>"))),
                "highlighted");
        assertTrue(r.hits().stream().map(h -> h.unit()).distinct().count() >= 2);
    }

    @Test
    void officersFindOnlyTheirOwnUnitsItems() {
        Actor haidian = actor("haidian");
        SearchResult r = search(haidian, "");
        assertFalse(r.hits().isEmpty());
        assertTrue(r.hits().stream().allMatch(h -> h.unit().equals("海淀街道")), "only 海淀街道");
        Map<String, Set<String>> otherUnit = Map.of("unit", Set.of("学院路街道"));
        SearchResult forced = searchService.search(
                haidian, new SearchService.Query("", otherUnit, false, null, null, SortOrder.RELEVANCE, 0, 20));
        assertEquals(0, forced.totalHits(), "a filter for another unit cannot widen an officer's search");
    }

    @Test
    void malformedQueriesGetAChineseMessage() {
        BusinessRuleViolation e = assertThrows(BusinessRuleViolation.class, () -> search(actor("editor"), "标题:(创城"));
        assertTrue(e.getMessage().startsWith("检索式有误"), e.getMessage());
    }

    @Test
    void aSubmittedItemBecomesSearchableWithinSecondsOfCommit() throws Exception {
        Unit unit = em.createQuery("select u from Unit u where u.shortName = '清河街道'", Unit.class)
                .getSingleResult();
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unit.getId()),
                null,
                new ItemContent(
                        "清河街道开展电动自行车楼道充电专项整治",
                        "11月26日，清河街道联合消防救援站对辖区28个老旧小区开展电动自行车楼道充电专项整治，清理楼道堆物140余处。",
                        null,
                        null,
                        false,
                        null),
                Instant.now());
        item.submit(Instant.now());
        em.persist(item);
        journal.changed(item, null, AuditAction.SUBMITTED, null);
        tx.commit();
        Await.until(
                "the new item to be searchable",
                Duration.ofMinutes(1),
                () -> search(actor("editor"), "\"楼道充电专项整治\"").hits().stream()
                        .anyMatch(h -> h.id().equals(item.getId().toString())));
    }

    @Test
    void changesWrittenWithoutATriggerAreReplayedByTheNextCatchUp() throws Exception {
        Item item = em.createQuery(
                        "select i from Item i where i.status = org.briefdesk.domain.model.item.ItemStatus.SUBMITTED"
                                + " order by i.id",
                        Item.class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        Item managed = em.find(Item.class, item.getId());
        managed.accept();
        long seq = changeLog.append(managed.getId(), ChangeLog.Kind.UPSERT);
        tx.commit();
        // No event fired: as after a crash, only the outbox knows about the change.
        Await.until(
                "the change to be replayed",
                Duration.ofMinutes(1),
                () -> updater.catchUp() >= 0 && searchIndex.index().lastAppliedSequence() >= seq);
        SearchResult r = searchService.search(
                actor("editor"),
                new SearchService.Query(
                        "", Map.of("status", Set.of("ACCEPTED")), false, null, null, SortOrder.RELEVANCE, 0, 100));
        assertTrue(r.hits().stream().anyMatch(h -> h.id().equals(item.getId().toString())), "indexed as accepted");
    }

    @Test
    void theForwardedCopyOfAnotherUnitsReportIsLinkedAsDuplicate() {
        List<Item> pair = em.createQuery(
                        "select i from Item i where i.unit.shortName in ('苏家坨镇', '区委农村工委')"
                                + " and i.status <> org.briefdesk.domain.model.item.ItemStatus.DRAFT order by i.submittedAt",
                        Item.class)
                .getResultList();
        assertTrue(pair.size() >= 2, "demo near-copy pair");
        Item copy = pair.get(pair.size() - 1);
        List<SimilarItemsService.SimilarItemView> found = similar.similarTo(actor("editor"), copy.getId());
        assertTrue(
                found.stream()
                        .anyMatch(v -> v.matchClass() == MatchClass.DUPLICATE
                                && v.unitShortName().equals("苏家坨镇")),
                "duplicate of 苏家坨镇's report: " + found);
    }

    @Test
    void aRelatedItemsTextOverlapIsComputedWhenAnEditorOpensTheLink() {
        // Duplicate detection stores a RELATED link without comparing the texts.
        SimilarLink stored = em.createQuery(
                        "select l from SimilarLink l where l.matchClass = :related order by l.itemId, l.otherItemId",
                        SimilarLink.class)
                .setParameter("related", MatchClass.RELATED)
                .setMaxResults(1)
                .getSingleResult();
        assertTrue(stored.getEvidence().startsWith("内容相似度"), stored.getEvidence());

        SimilarItemsService.SimilarItemView shown = similar.similarTo(actor("editor"), stored.getItemId()).stream()
                .filter(v -> v.itemId() == stored.getOtherItemId())
                .findFirst()
                .orElseThrow();

        assertTrue(
                shown.evidence().matches("文字重合\\d+%，句子重合\\d+%，" + java.util.regex.Pattern.quote(stored.getEvidence())),
                shown.evidence());
    }
}
