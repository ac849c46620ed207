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

/**
 * The editable local dictionary (unit names, programme names such as 接诉即办) and synonym groups
 * (创城 = 创建文明城区). Updates build a new immutable {@link LexiconSnapshot} and publish it
 * atomically (copy-on-write): analysis that is running keeps the snapshot it started with, every
 * token stream reset afterwards sees the new one. No JVM restart and no HanLP global state.
 *
 * <p>Changes affect only text analysed after the change. Items indexed before keep their old
 * tokens until they are re-indexed ({@code ItemIndex.rebuild} or re-index of affected items).
 */
public final class Lexicon {
    private final AtomicReference<LexiconSnapshot> current = new AtomicReference<>(LexiconSnapshot.EMPTY);

    public LexiconSnapshot snapshot() {
        return current.get();
    }

    /** Monotonic version; changes on every update (useful to decide whether re-indexing is due). */
    public long version() {
        return current.get().version();
    }

    /** Replaces the whole word list and all synonym groups (e.g. from database rows). */
    public void replace(Collection<String> words, Collection<? extends Collection<String>> synonymGroups) {
        update(s -> LexiconSnapshot.build(words, synonymGroups, s.version() + 1));
    }

    public void addWords(Collection<String> words) {
        update(s -> {
            Set<String> all = new LinkedHashSet<>(s.words());
            all.addAll(words);
            return LexiconSnapshot.build(all, s.synonymGroups(), s.version() + 1);
        });
    }

    public void removeWords(Collection<String> words) {
        update(s -> {
            Set<String> all = new LinkedHashSet<>(s.words());
            for (String w : words) {
                all.remove(CharFolding.fold(w.strip()));
            }
            return LexiconSnapshot.build(all, s.synonymGroups(), s.version() + 1);
        });
    }

    public void setSynonymGroups(Collection<? extends Collection<String>> groups) {
        update(s -> LexiconSnapshot.build(s.words(), groups, s.version() + 1));
    }

    /** Loads words, one per line (first whitespace-separated column; '#' starts a comment). */
    public void loadWords(Path file) throws IOException {
        addWords(readWords(file));
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
            return LexiconSnapshot.build(s.words(), all, s.version() + 1);
        });
    }

    static List<String> readWords(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = stripComment(line);
            if (!l.isEmpty()) {
                words.add(l.split("\\s+")[0]);
            }
        }
        return words;
    }

    private static String stripComment(String line) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = l.indexOf('#');
        return (hash >= 0 ? l.substring(0, hash) : l).strip();
    }

    private void update(java.util.function.UnaryOperator<LexiconSnapshot> f) {
        current.updateAndGet(f);
    }
}
