package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.editorial.SimilarItemsService.WritingMatch;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.infrastructure.search.IndexFeed;
import org.briefdesk.infrastructure.search.IndexUpdater;
import org.briefdesk.infrastructure.search.SearchIndex;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * 写作时查重 in the container, over the demo district's index: while an officer writes, the likely
 * copies of their own unit are named in full, another unit's only as “另一单位已于…报送”.
 */
@ExtendWith(ArquillianExtension.class)
class WritingCheckIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(WritingCheckIT.class);
    }

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

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @BeforeEach
    void indexHasCaughtUp() throws Exception {
        Await.until(
                "the index to catch up with the database",
                Await.INDEX,
                () -> !updater.progress().running()
                        && updater.catchUp() >= 0
                        && searchIndex.index().lastAppliedSequence() == feed.lastSequence());
    }

    private Item reported(String unitShortName, boolean ofUnit) {
        return em.createQuery(
                        "select i from Item i where i.unit.shortName " + (ofUnit ? "=" : "<>")
                                + " :u and i.status in :sent and i.combination.combined = false order by i.id",
                        Item.class)
                .setParameter("u", unitShortName)
                .setParameter("sent", List.of(ItemStatus.SUBMITTED, ItemStatus.ACCEPTED, ItemStatus.PUBLISHED))
                .setMaxResults(1)
                .getSingleResult();
    }

    @Test
    void anotherUnitsReportIsNamedOnlyAsAnotherUnitsWithItsDate() {
        Actor haidian = accounts.actor("haidian").orElseThrow();
        Item other = reported("海淀街道", false);
        List<WritingMatch> found = similar.whileWriting(
                haidian, null, other.getTitle(), other.getBody().getHtml(), other.getEventDate());
        WritingMatch m = found.stream()
                .filter(w -> !w.ownUnit())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no match for " + other.getTitle() + ": " + found));
        assertNull(m.itemId());
        assertNull(m.title());
        assertTrue(m.text().startsWith("另一单位已于"), m.text());
        assertFalse(m.text().contains(other.getUnit().getShortName()), m.text());
        assertFalse(m.text().contains(other.getTitle()), m.text());
    }

    @Test
    void theOfficersOwnUnitsReportIsNamedInFullButNotTheItemBeingEdited() {
        Actor haidian = accounts.actor("haidian").orElseThrow();
        Item mine = reported("海淀街道", true);
        List<WritingMatch> found = similar.whileWriting(
                haidian, null, mine.getTitle(), mine.getBody().getHtml(), mine.getEventDate());
        WritingMatch m = found.stream()
                .filter(w -> mine.getId().equals(w.itemId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("own report not found: " + found));
        assertTrue(m.ownUnit());
        assertEquals(mine.getTitle(), m.title());
        assertTrue(m.text().contains("《" + mine.getTitle() + "》"), m.text());
        assertTrue(
                similar
                        .whileWriting(
                                haidian,
                                mine.getId(),
                                mine.getTitle(),
                                mine.getBody().getHtml(),
                                mine.getEventDate())
                        .stream()
                        .noneMatch(w -> mine.getId().equals(w.itemId())));
        assertEquals(List.of(), similar.whileWriting(haidian, null, "垃圾", "", null), "too little to compare");
        Executable editorAsks =
                () -> similar.whileWriting(accounts.actor("editor").orElseThrow(), null, mine.getTitle(), "", null);
        org.junit.jupiter.api.Assertions.assertThrows(AccessDenied.class, editorAsks);
    }
}
