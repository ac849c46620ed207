package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.search.IndexAdminService;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one visibility rule where it is not a request of the matrix ({@link AuthorizationMatrixIT}):
 * similar items shown to a leader, and the editor's inbox, never reveal a unit's draft or an item
 * the reader may not read.
 */
@ExtendWith(ArquillianExtension.class)
class ObjectLevelAccessIT extends AccessFixture {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ObjectLevelAccessIT.class, AccessFixture.class, AuthorizationTable.class);
    }

    @Inject
    SimilarLinkRepository links;

    @Inject
    SimilarItemsService similar;

    @Inject
    IndexAdminService indexAdmin;

    @Inject
    InboxQuery inbox;

    @Inject
    UserTransaction tx;

    @Test
    void aLeaderSeesNeitherTitleNorEvidenceOfAnUnacceptedSimilarItem() throws Exception {
        Fixture f = fixture();
        linkSimilar(f);
        var forLeader = similar.similarTo(accounts.actor("leader").orElseThrow(), f.acceptedB());
        var forEditor = similar.similarTo(accounts.actor("editor").orElseThrow(), f.acceptedB());
        var leaderView = forLeader.stream()
                .filter(s -> s.itemId() == f.submittedA())
                .findFirst()
                .orElseThrow();
        assertNull(leaderView.title());
        assertNull(leaderView.evidence());
        assertEquals(false, leaderView.visible());
        var editorView = forEditor.stream()
                .filter(s -> s.itemId() == f.submittedA())
                .findFirst()
                .orElseThrow();
        assertEquals("海淀街道开展冬季消防安全检查", editorView.title());
        var draftForEditor = forEditor.stream()
                .filter(s -> s.itemId() == f.draftA())
                .findFirst()
                .orElseThrow();
        assertNull(draftForEditor.title(), "an editor does not read a unit's draft through similar items");
    }

    @Test
    void relatedLinksShowTheirCompletedEvidenceOnlyToReadersOfTheOtherItem() throws Exception {
        Fixture f = fixture();
        linkSimilar(f, MatchClass.RELATED, 0.5);
        var forEditor = byOtherItem(similar.similarTo(accounts.actor("editor").orElseThrow(), f.acceptedB()));
        var forLeader = byOtherItem(similar.similarTo(accounts.actor("leader").orElseThrow(), f.acceptedB()));
        var forOfficerB =
                byOtherItem(similar.similarTo(accounts.actor("xueyuanlu").orElseThrow(), f.acceptedB()));

        var submitted = forEditor.get(f.submittedA());
        assertEquals("海淀街道开展冬季消防安全检查", submitted.title());
        assertTrue(submitted.evidence().matches("文字重合\\d+%，句子重合\\d+%，冬季消防安全"), submitted.evidence());
        for (var shown : List.of(
                forEditor.get(f.draftA()),
                forLeader.get(f.submittedA()),
                forLeader.get(f.draftA()),
                forOfficerB.get(f.submittedA()),
                forOfficerB.get(f.draftA()))) {
            assertEquals(false, shown.visible());
            assertNull(shown.title());
            assertNull(shown.evidence(), "no text overlap of an item the reader may not read");
        }
    }

    private static Map<Long, SimilarItemsService.SimilarItemView> byOtherItem(
            List<SimilarItemsService.SimilarItemView> views) {
        return views.stream().collect(Collectors.toMap(SimilarItemsService.SimilarItemView::itemId, v -> v));
    }

    @Test
    void anEditorsInboxNeverListsAUnitsDraftWhateverStatusIsAsked() throws Exception {
        Fixture f = fixture();
        Actor editor = accounts.actor("editor").orElseThrow();
        InboxFilter drafts =
                new InboxFilter(Set.of(ItemStatus.DRAFT), null, null, null, false, null, null, null, null, true);
        assertEquals(0, inbox.count(editor, drafts));
        InboxFilter any = new InboxFilter(Set.of(), null, null, null, false, null, null, "议事厅", null, true);
        assertTrue(
                inbox.page(editor, any, 0, 100).stream().noneMatch(r -> r.item().id() == f.draftA()),
                "the draft's title is not in the inbox");
        assertTrue(inbox.page(editor, any.sorted(null, true), 0, 100).stream()
                .allMatch(r -> r.item().status().reachedOffice()));
    }

    private void linkSimilar(Fixture f) throws Exception {
        linkSimilar(f, MatchClass.SAME_EVENT, 0.8);
    }

    /**
     * Links the accepted item to the unit's submitted item (as {@code toSubmitted}) and its draft
     * (RELATED) as duplicate detection would, with evidence lacking the text overlap.
     * Detection replaces an item's links after each change it indexes, so this waits until the index
     * has applied every change, stores the links, and stores them again should detection have
     * replaced them meanwhile.
     */
    private void linkSimilar(Fixture f, MatchClass toSubmitted, double score) throws Exception {
        Actor admin = accounts.actor("admin").orElseThrow();
        Await.until("the similar links to stay stored", Duration.ofSeconds(30), () -> {
            IndexAdminService.Status status = indexAdmin.status(admin);
            if (status.appliedSequence() < status.databaseSequence()) {
                return false;
            }
            tx.begin();
            links.replaceFrom(
                    f.acceptedB(),
                    List.of(
                            new SimilarLink(f.acceptedB(), f.submittedA(), toSubmitted, score, "冬季消防安全", Instant.now()),
                            new SimilarLink(
                                    f.acceptedB(), f.draftA(), MatchClass.RELATED, 0.5, "社区议事厅", Instant.now())));
            tx.commit();
            return links.of(f.acceptedB()).size() == 2;
        });
    }
}
