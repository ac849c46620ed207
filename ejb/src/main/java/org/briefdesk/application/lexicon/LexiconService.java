package org.briefdesk.application.lexicon;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.lexicon.LexiconViews.ChangeView;
import org.briefdesk.application.lexicon.LexiconViews.Preview;
import org.briefdesk.application.lexicon.LexiconViews.Proposal;
import org.briefdesk.application.lexicon.LexiconViews.SynonymGroupView;
import org.briefdesk.application.lexicon.LexiconViews.TermView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.lexicon.LexiconChange;
import org.briefdesk.domain.model.lexicon.LexiconChange.Subject;
import org.briefdesk.domain.model.lexicon.LexiconContents;
import org.briefdesk.domain.model.lexicon.LexiconHistory;
import org.briefdesk.domain.model.lexicon.LexiconWord;
import org.briefdesk.domain.model.lexicon.LocalTerm;
import org.briefdesk.domain.model.lexicon.LocalTermRepository;
import org.briefdesk.domain.model.lexicon.PartOfSpeech;
import org.briefdesk.domain.model.lexicon.SynonymGroup;
import org.briefdesk.domain.model.lexicon.SynonymGroupRepository;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.domain.shared.Text;

/**
 * The dictionary and synonyms (词典与同义词). Every signed-in role may read them; administrators and
 * editors change them. Each change is written to the history with its state before and after, in
 * the same transaction, and announced ({@link LexiconChanged}) so the new dictionary is in force
 * for new items and queries as soon as it commits.
 */
@Stateless
public class LexiconService {

    public static final int SENTENCE_MAX = 200;
    static final int ACTOR_NAME_MAX = 30;

    @Inject
    LocalTermRepository terms;

    @Inject
    SynonymGroupRepository groups;

    @Inject
    LexiconHistory history;

    @Inject
    UnitRepository units;

    @Inject
    LexiconAnalysis analysis;

    @Inject
    ArchiveReanalysis reanalysis;

    @Inject
    Event<LexiconChanged> changed;

    public List<TermView> terms(Actor actor) {
        Objects.requireNonNull(actor);
        return terms.all().stream().map(LexiconService::view).toList();
    }

    public List<SynonymGroupView> groups(Actor actor) {
        Objects.requireNonNull(actor);
        return groups.all().stream().map(LexiconService::view).toList();
    }

    public List<ChangeView> history(Actor actor, int limit) {
        actor.require(Role.ADMIN, Role.EDITOR);
        return history.latest(limit).stream().map(LexiconService::view).toList();
    }

    public TermView addTerm(Actor actor, String word, String pos) {
        actor.require(Role.ADMIN, Role.EDITOR);
        LocalTerm term = new LocalTerm(word, pos);
        requireNewWord(term.getWord(), null);
        terms.store(term);
        record(actor, Subject.TERM, term.getId(), null, term.state(), null);
        return view(term);
    }

    public TermView updateTerm(Actor actor, long id, String word, String pos) {
        actor.require(Role.ADMIN, Role.EDITOR);
        LocalTerm term = term(id);
        String before = term.state();
        // Checked before the row changes: a query would flush the change into the unique index first.
        requireNewWord(LexiconWord.require(word, "word", "词条"), id);
        term.change(word, pos);
        if (!before.equals(term.state())) {
            record(actor, Subject.TERM, id, before, term.state(), null);
        }
        return view(term);
    }

    public void removeTerm(Actor actor, long id) {
        actor.require(Role.ADMIN, Role.EDITOR);
        LocalTerm term = term(id);
        record(actor, Subject.TERM, id, term.state(), null, null);
        terms.remove(term);
    }

    public SynonymGroupView addGroup(Actor actor, List<String> words) {
        actor.require(Role.ADMIN, Role.EDITOR);
        SynonymGroup group = new SynonymGroup(words);
        requireWordsInNoOtherGroup(group, null);
        groups.store(group);
        record(actor, Subject.SYNONYMS, group.getId(), null, group.state(), null);
        return view(group);
    }

    public SynonymGroupView updateGroup(Actor actor, long id, List<String> words) {
        actor.require(Role.ADMIN, Role.EDITOR);
        SynonymGroup group = group(id);
        String before = group.state();
        group.change(words);
        requireWordsInNoOtherGroup(group, id);
        if (!before.equals(group.state())) {
            record(actor, Subject.SYNONYMS, id, before, group.state(), null);
        }
        return view(group);
    }

    public void removeGroup(Actor actor, long id) {
        actor.require(Role.ADMIN, Role.EDITOR);
        SynonymGroup group = group(id);
        record(actor, Subject.SYNONYMS, id, group.state(), null, null);
        groups.remove(group);
    }

    /**
     * Undoes a change: the term or group goes back to its state before it (a removed one comes
     * back, an added one goes). Refused when it was changed again since: undo the later change
     * first, so no one's later work is lost silently.
     */
    public ChangeView undo(Actor actor, long changeId) {
        actor.require(Role.ADMIN, Role.EDITOR);
        LexiconChange c = history.find(changeId).orElseThrow(() -> new NotFound("修改记录不存在"));
        if (c.getUndoneById() != null) {
            throw new BusinessRuleViolation("这项修改已经撤销过了");
        }
        String current = currentState(c.getSubject(), c.getSubjectId());
        if (!Objects.equals(current, c.getAfterState())) {
            throw new BusinessRuleViolation("该" + c.getSubject().getLabel() + "在这项修改之后又被修改过，请先撤销后面的修改");
        }
        long subjectId = c.getBeforeState() == null
                ? removeSubject(c.getSubject(), c.getSubjectId())
                : restoreSubject(c.getSubject(), c.getSubjectId(), c.getBeforeState());
        LexiconChange undo = record(actor, c.getSubject(), subjectId, current, c.getBeforeState(), c.getId());
        c.undoneBy(undo.getId());
        return view(undo);
    }

    /** The sentence segmented under the dictionary in force and under it with the proposed change. */
    public Preview preview(Actor actor, String sentence, Proposal proposal) {
        Objects.requireNonNull(actor);
        String s = Text.requireLine(sentence, "sentence", "示例句子", SENTENCE_MAX);
        LexiconContents now = LexiconContents.of(terms.all(), groups.all(), units.all());
        LexiconContents proposed = now;
        if (proposal != null && proposal.word() != null && !proposal.word().isBlank()) {
            String w = LexiconWord.require(proposal.word(), "word", "词条");
            proposed = proposed.withTerm(w, PartOfSpeech.ofCode(proposal.pos()).getCode());
        }
        if (proposal != null && proposal.group() != null && !proposal.group().isEmpty()) {
            proposed = proposed.withGroup(new SynonymGroup(proposal.group()).getWords());
        }
        return new Preview(analysis.segment(now, s), analysis.segment(proposed, s));
    }

    public void startReanalysis(Actor actor) {
        actor.require(Role.ADMIN, Role.EDITOR);
        if (reanalysis.progress().running()) {
            throw new BusinessRuleViolation("归档信息正在重新分词，请等待完成");
        }
        reanalysis.start();
    }

    public ReanalysisProgress reanalysisProgress(Actor actor) {
        Objects.requireNonNull(actor);
        return reanalysis.progress();
    }

    private String currentState(Subject subject, long id) {
        return subject == Subject.TERM
                ? terms.find(id).map(LocalTerm::state).orElse(null)
                : groups.find(id).map(SynonymGroup::state).orElse(null);
    }

    private long removeSubject(Subject subject, long id) {
        if (subject == Subject.TERM) {
            terms.remove(term(id));
        } else {
            groups.remove(group(id));
        }
        return id;
    }

    /** Puts the state back: on the same row when it still exists, on a new row when it was removed. */
    private long restoreSubject(Subject subject, long id, String state) {
        if (subject == Subject.TERM) {
            LocalTerm restored = LocalTerm.fromState(state);
            LocalTerm term = terms.find(id).orElse(null);
            if (term == null) {
                requireNewWord(restored.getWord(), null);
                return terms.store(restored).getId();
            }
            requireNewWord(restored.getWord(), id);
            term.change(restored.getWord(), restored.getPartOfSpeech().getCode());
            return id;
        }
        SynonymGroup restored = SynonymGroup.fromState(state);
        SynonymGroup group = groups.find(id).orElse(null);
        if (group == null) {
            requireWordsInNoOtherGroup(restored, null);
            return groups.store(restored).getId();
        }
        requireWordsInNoOtherGroup(restored, id);
        group.change(restored.getWords());
        return id;
    }

    private LexiconChange record(Actor actor, Subject subject, long id, String before, String after, Long undoes) {
        String name = actor.displayName() == null ? actor.login() : actor.displayName();
        LexiconChange c = history.store(new LexiconChange(
                subject,
                id,
                before,
                after,
                undoes,
                actor.accountId(),
                name.length() <= ACTOR_NAME_MAX ? name : name.substring(0, ACTOR_NAME_MAX),
                DistrictTime.clock().instant()));
        changed.fire(new LexiconChanged());
        return c;
    }

    private void requireNewWord(String word, Long self) {
        terms.findByWord(word).filter(t -> !t.getId().equals(self)).ifPresent(t -> {
            throw new BusinessRuleViolation("word", "词条“" + word + "”已存在");
        });
    }

    /** A word in two groups would have two canonical terms; the analyzer could keep only one. */
    private void requireWordsInNoOtherGroup(SynonymGroup group, Long self) {
        for (SynonymGroup other : groups.all()) {
            if (other.getId().equals(self)) {
                continue;
            }
            for (String w : group.getWords()) {
                if (other.getWords().contains(w)) {
                    throw new BusinessRuleViolation(
                            "words", "“" + w + "”已在同义词组“" + String.join("，", other.getWords()) + "”中");
                }
            }
        }
    }

    private LocalTerm term(long id) {
        return terms.find(id).orElseThrow(() -> new NotFound("词条不存在"));
    }

    private SynonymGroup group(long id) {
        return groups.find(id).orElseThrow(() -> new NotFound("同义词组不存在"));
    }

    private static TermView view(LocalTerm t) {
        PartOfSpeech p = t.getPartOfSpeech();
        return new TermView(t.getId(), t.getWord(), p.getCode(), p.getLabel());
    }

    private static SynonymGroupView view(SynonymGroup g) {
        return new SynonymGroupView(g.getId(), g.getWords());
    }

    private static ChangeView view(LexiconChange c) {
        return new ChangeView(
                c.getId(), c.getAt(), c.getActorName(), c.describe(), c.getUndoneById(), c.getUndoesId() != null);
    }
}
