package org.briefdesk.domain.model.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.model.unit.Unit;

/**
 * What the live dictionary is made of: the local terms, every unit's name and short name (always
 * terms, as organisations, so a renamed unit is one word under its new name as soon as the
 * dictionary is published again), and the synonym groups. A proposed change is previewed on a
 * changed copy, never on the rows.
 */
public record LexiconContents(List<Entry> terms, List<List<String>> groups) {

    /** A word with its part-of-speech code. */
    public record Entry(String word, String pos) {}

    public LexiconContents {
        terms = List.copyOf(terms);
        groups = List.copyOf(groups);
    }

    public static LexiconContents of(List<LocalTerm> terms, List<SynonymGroup> groups, List<Unit> units) {
        List<Entry> entries = new ArrayList<>();
        for (LocalTerm t : terms) {
            entries.add(new Entry(t.getWord(), t.getPartOfSpeech().getCode()));
        }
        for (Unit u : units) {
            entries.add(new Entry(u.getName(), PartOfSpeech.NT.getCode()));
            entries.add(new Entry(u.getShortName(), PartOfSpeech.NT.getCode()));
        }
        return new LexiconContents(
                entries, groups.stream().map(SynonymGroup::getWords).toList());
    }

    /** A copy with one more (or a changed) term. */
    public LexiconContents withTerm(String word, String pos) {
        List<Entry> t = new ArrayList<>(
                terms.stream().filter(e -> !e.word().equals(word)).toList());
        t.add(0, new Entry(word, pos));
        return new LexiconContents(t, groups);
    }

    /** A copy without a term. */
    public LexiconContents withoutTerm(String word) {
        return new LexiconContents(
                terms.stream().filter(e -> !e.word().equals(word)).toList(), groups);
    }

    /** A copy with one more synonym group. */
    public LexiconContents withGroup(List<String> words) {
        List<List<String>> g = new ArrayList<>(groups);
        g.add(0, List.copyOf(words));
        return new LexiconContents(terms, g);
    }

    /** A copy without the group that holds exactly these words. */
    public LexiconContents withoutGroup(List<String> words) {
        return new LexiconContents(
                terms, groups.stream().filter(g -> !g.equals(words)).toList());
    }
}
