package org.briefdesk.application.lexicon;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.lexicon.LexiconViews.ChangeView;
import org.briefdesk.application.lexicon.LexiconViews.TermView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.lexicon.LexiconChange;
import org.briefdesk.domain.model.lexicon.LexiconHistory;
import org.briefdesk.domain.model.lexicon.LocalTerm;
import org.briefdesk.domain.model.lexicon.LocalTermRepository;
import org.briefdesk.domain.model.lexicon.SynonymGroup;
import org.briefdesk.domain.model.lexicon.SynonymGroupRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LexiconServiceTest {

    private static final Actor EDITOR = new Actor(7, "editor", "王编辑", Role.EDITOR, null, null);
    private static final Actor OFFICER = new Actor(8, "haidian", "李信息员", Role.OFFICER, 3L, "海淀街道");

    private final LexiconService service = new LexiconService();
    private final Terms terms = new Terms();
    private final Groups groups = new Groups();
    private final History history = new History();
    private final Fired fired = new Fired();

    @BeforeEach
    void wire() {
        service.terms = terms;
        service.groups = groups;
        service.history = history;
        service.changed = fired;
    }

    @Test
    void everyChangeIsRecordedWithItsAuthorAndAnnounced() {
        TermView park = service.addTerm(EDITOR, "温榆河公园", "ns");
        service.updateTerm(EDITOR, park.id(), "温榆河公园", "nz");
        service.addGroup(EDITOR, List.of("温榆河公园", "温榆河森林公园"));
        List<ChangeView> h = service.history(EDITOR, 10);
        assertEquals(
                List.of("新增同义词组“温榆河公园，温榆河森林公园”", "修改词条“温榆河公园（地名）”→“温榆河公园（其他专有名词）”", "新增词条“温榆河公园（地名）”"),
                h.stream().map(ChangeView::description).toList());
        assertTrue(h.stream().allMatch(c -> c.actorName().equals("王编辑")));
        assertEquals(3, fired.count);
    }

    @Test
    void undoRestoresTheStateBeforeAndCanBringARemovedTermBack() {
        TermView park = service.addTerm(EDITOR, "温榆河公园", "ns");
        service.updateTerm(EDITOR, park.id(), "温榆河公园", "nz");
        long edit = history.latest(1).get(0).getId();
        service.undo(EDITOR, edit);
        assertEquals("ns", service.terms(EDITOR).get(0).pos());

        service.removeTerm(EDITOR, park.id());
        assertTrue(service.terms(EDITOR).isEmpty());
        service.undo(EDITOR, history.latest(1).get(0).getId());
        assertEquals(
                List.of("温榆河公园"),
                service.terms(EDITOR).stream().map(TermView::word).toList());
        assertEquals(
                "这项修改已经撤销过了",
                assertThrows(BusinessRuleViolation.class, () -> service.undo(EDITOR, edit))
                        .getMessage());
    }

    @Test
    void aChangeFollowedByAnotherIsUndoneOnlyAfterTheLaterOne() {
        TermView park = service.addTerm(EDITOR, "温榆河公园", "ns");
        long added = history.latest(1).get(0).getId();
        service.updateTerm(EDITOR, park.id(), "温榆河公园", "nz");
        String refused = assertThrows(BusinessRuleViolation.class, () -> service.undo(EDITOR, added))
                .getMessage();
        assertEquals("该词条在这项修改之后又被修改过，请先撤销后面的修改", refused);
        service.undo(EDITOR, history.latest(1).get(0).getId());
        service.undo(EDITOR, added);
        assertTrue(service.terms(EDITOR).isEmpty());
    }

    @Test
    void aWordBelongsToOneGroupAndATermIsUniqueAndOfficersChangeNothing() {
        service.addGroup(EDITOR, List.of("创城", "创建文明城区"));
        assertEquals(
                "“创城”已在同义词组“创城，创建文明城区”中",
                assertThrows(BusinessRuleViolation.class, () -> service.addGroup(EDITOR, List.of("创城", "文明城区创建")))
                        .getMessage());
        service.addTerm(EDITOR, "三山五园", "ns");
        assertEquals(
                "词条“三山五园”已存在",
                assertThrows(BusinessRuleViolation.class, () -> service.addTerm(EDITOR, "三山五园", "nz"))
                        .getMessage());
        assertThrows(AccessDenied.class, () -> service.addTerm(OFFICER, "翠湖湿地", "ns"));
        assertThrows(AccessDenied.class, () -> service.history(OFFICER, 10));
        assertEquals(1, service.terms(OFFICER).size(), "every role reads the dictionary");
    }

    // ---- in-memory repositories

    private static final class Terms implements LocalTermRepository {
        final List<LocalTerm> rows = new ArrayList<>();
        long next = 1;

        public List<LocalTerm> all() {
            return rows.stream()
                    .sorted(Comparator.comparing(LocalTerm::getWord))
                    .toList();
        }

        public Optional<LocalTerm> find(long id) {
            return rows.stream().filter(t -> t.getId() == id).findFirst();
        }

        public Optional<LocalTerm> findByWord(String word) {
            return rows.stream().filter(t -> t.getWord().equals(word)).findFirst();
        }

        public LocalTerm store(LocalTerm term) {
            if (term.getId() == null) {
                rows.add(withId(term, next++));
            }
            return term;
        }

        public void remove(LocalTerm term) {
            rows.remove(term);
        }
    }

    private static final class Groups implements SynonymGroupRepository {
        final List<SynonymGroup> rows = new ArrayList<>();
        long next = 1;

        public List<SynonymGroup> all() {
            return List.copyOf(rows);
        }

        public Optional<SynonymGroup> find(long id) {
            return rows.stream().filter(g -> g.getId() == id).findFirst();
        }

        public SynonymGroup store(SynonymGroup group) {
            if (group.getId() == null) {
                rows.add(withId(group, next++));
            }
            return group;
        }

        public void remove(SynonymGroup group) {
            rows.remove(group);
        }
    }

    private static final class History implements LexiconHistory {
        final List<LexiconChange> rows = new ArrayList<>();

        public LexiconChange store(LexiconChange change) {
            rows.add(withId(change, rows.size() + 1));
            return change;
        }

        public Optional<LexiconChange> find(long id) {
            return rows.stream().filter(c -> c.getId() == id).findFirst();
        }

        public List<LexiconChange> latest(int limit) {
            List<LexiconChange> newestFirst = new ArrayList<>(rows);
            java.util.Collections.reverse(newestFirst);
            return newestFirst.stream().limit(limit).toList();
        }
    }

    /** The CDI event, counted. */
    private static final class Fired implements Event<LexiconChanged> {
        int count;

        @Override
        public void fire(LexiconChanged event) {
            count++;
        }

        @Override
        public <U extends LexiconChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LexiconChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<LexiconChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LexiconChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LexiconChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
