package org.briefdesk.search.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The editable local dictionary (unit names, programme names such as 接诉即办) and synonym groups
 * (创城 = 创建文明城区). Updates build a new immutable {@link LexiconSnapshot} and publish it
 * atomically (copy-on-write): analysis that is running keeps the snapshot it started with, every
 * token stream reset afterwards sees the new one. No JVM restart and no HanLP global state.
 *
 * <p>HanLP's own {@code CustomDictionary} is global and static, so it is never used: the
 * snapshot's words cut each Han run by longest match before HanLP's core dictionary segments the
 * gaps, which keeps two lexicons in one JVM (the live one and a preview) apart.
 *
 * <p>Changes affect only text analysed after the change. Items indexed before keep their old
 * tokens until they are re-indexed ({@code ItemIndex.rebuild} or re-index of affected items).
 */
public final class Lexicon {
    private final AtomicReference<LexiconSnapshot> current;

    /** An empty dictionary; the application publishes its terms into it. */
    public Lexicon() {
        this(LexiconSnapshot.EMPTY);
    }

    /** A dictionary starting at {@code snapshot} (e.g. a proposed snapshot analysed for a preview). */
    public Lexicon(LexiconSnapshot snapshot) {
        current = new AtomicReference<>(snapshot);
    }

    public LexiconSnapshot snapshot() {
        return current.get();
    }

    /** Monotonic version; changes on every update (useful to decide whether re-indexing is due). */
    public long version() {
        return current.get().version();
    }

    /**
     * Replaces the whole dictionary (terms with their parts of speech, and every synonym group) in
     * one step, e.g. from database rows, and returns the snapshot now in force.
     */
    public LexiconSnapshot publish(Collection<LexiconTerm> terms, Collection<? extends Collection<String>> groups) {
        return update(s -> LexiconSnapshot.build(terms, groups, s.version() + 1));
    }

    /** Replaces the whole word list (as proper nouns) and all synonym groups. */
    public void replace(Collection<String> words, Collection<? extends Collection<String>> synonymGroups) {
        publish(asTerms(words), synonymGroups);
    }

    public void addWords(Collection<String> words) {
        update(s -> {
            List<LexiconTerm> all = new ArrayList<>(s.terms());
            all.addAll(asTerms(words));
            return LexiconSnapshot.build(all, s.synonymGroups(), s.version() + 1);
        });
    }

    public void removeWords(Collection<String> words) {
        update(s -> {
            Set<String> gone = new LinkedHashSet<>();
            for (String w : words) {
                gone.add(CharFolding.fold(w.strip()));
            }
            List<LexiconTerm> kept =
                    s.terms().stream().filter(t -> !gone.contains(t.word())).toList();
            return LexiconSnapshot.build(kept, s.synonymGroups(), s.version() + 1);
        });
    }

    public void setSynonymGroups(Collection<? extends Collection<String>> groups) {
        update(s -> LexiconSnapshot.build(s.terms(), groups, s.version() + 1));
    }

    /** Loads terms, one per line as HanLP's custom dictionary: word, optional part of speech ('#' starts a comment). */
    public void loadWords(Path file) throws IOException {
        List<LexiconTerm> read = readTerms(file);
        update(s -> {
            List<LexiconTerm> all = new ArrayList<>(s.terms());
            all.addAll(read);
            return LexiconSnapshot.build(all, s.synonymGroups(), s.version() + 1);
        });
    }

    /** Loads synonym groups, one group per line, words separated by ',' '，' '=' or whitespace. */
    public void loadSynonyms(Path file) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = stripComment(line);
            if (l.isEmpty()) {
                continue;
            }
            List<String> g = new ArrayList<>();
            for (String w : l.split("[,，=\\s、]+")) {
                if (!w.isBlank()) {
                    g.add(w.strip());
                }
            }
            if (g.size() > 1) {
                groups.add(g);
            }
        }
        update(s -> {
            List<List<String>> all = new ArrayList<>(s.synonymGroups());
            all.addAll(groups);
            return LexiconSnapshot.build(s.terms(), all, s.version() + 1);
        });
    }

    static List<LexiconTerm> readTerms(Path file) throws IOException {
        List<LexiconTerm> terms = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = stripComment(line);
            if (!l.isEmpty()) {
                String[] cols = l.split("\\s+");
                terms.add(new LexiconTerm(cols[0], cols.length > 1 ? cols[1] : null));
            }
        }
        return terms;
    }

    private static String stripComment(String line) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = l.indexOf('#');
        return (hash >= 0 ? l.substring(0, hash) : l).strip();
    }

    private static List<LexiconTerm> asTerms(Collection<String> words) {
        return words.stream().map(LexiconTerm::of).toList();
    }

    private LexiconSnapshot update(UnaryOperator<LexiconSnapshot> f) {
        return current.updateAndGet(f);
    }
}
