package org.briefdesk.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable state of the local dictionary: a character trie of folded words for longest-match,
 * and a map from every synonym to its group's canonical term (the group's first word, folded).
 */
public final class LexiconSnapshot {
    static final LexiconSnapshot EMPTY = build(List.of(), List.of(), 0);

    private final Node root;
    private final Set<String> words;
    private final List<List<String>> synonymGroups;
    private final Map<String, String> canonical;
    private final long version;

    private LexiconSnapshot(
            Node root, Set<String> words, List<List<String>> groups, Map<String, String> canonical, long version) {
        this.root = root;
        this.words = words;
        this.synonymGroups = groups;
        this.canonical = canonical;
        this.version = version;
    }

    static LexiconSnapshot build(
            Collection<String> words, Collection<? extends Collection<String>> groups, long version) {
        Set<String> all = new LinkedHashSet<>();
        for (String w : words) {
            add(all, w);
        }
        List<List<String>> gs = new ArrayList<>();
        Map<String, String> canon = new HashMap<>();
        for (Collection<String> g : groups) {
            List<String> folded = new ArrayList<>();
            for (String w : g) {
                String f = CharFolding.fold(w.strip());
                if (!f.isEmpty() && !folded.contains(f)) {
                    folded.add(f);
                }
            }
            if (folded.size() < 2) {
                continue;
            }
            gs.add(List.copyOf(folded));
            for (String f : folded) {
                canon.putIfAbsent(f, folded.get(0));
                // Synonyms must be single tokens, otherwise a multi-word synonym could not be mapped 1:1.
                all.add(f);
            }
        }
        Node root = new Node();
        for (String w : all) {
            if (w.length() < 2) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < w.length(); i++) {
                n = n.child(w.charAt(i), true);
            }
            n.word = true;
        }
        return new LexiconSnapshot(
                root,
                Collections.unmodifiableSet(all),
                Collections.unmodifiableList(gs),
                Collections.unmodifiableMap(canon),
                version);
    }

    private static void add(Set<String> all, String w) {
        String f = CharFolding.fold(w.strip());
        if (f.length() >= 2) {
            all.add(f);
        }
    }

    /** Length of the longest dictionary word starting at {@code start} in folded text, or 0. */
    public int longestMatch(char[] folded, int start, int end) {
        Node n = root;
        int best = 0;
        for (int i = start; i < end; i++) {
            n = n.child(folded[i], false);
            if (n == null) {
                break;
            }
            if (n.word) {
                best = i - start + 1;
            }
        }
        return best;
    }

    public boolean contains(String foldedWord) {
        return words.contains(foldedWord);
    }

    /** Canonical term for a folded synonym, or {@code null} when the word is in no group. */
    public String canonical(String foldedWord) {
        return canonical.get(foldedWord);
    }

    public boolean hasSynonyms() {
        return !canonical.isEmpty();
    }

    public Set<String> words() {
        return words;
    }

    public List<List<String>> synonymGroups() {
        return synonymGroups;
    }

    public long version() {
        return version;
    }

    private static final class Node {
        private Map<Character, Node> children;
        private boolean word;

        Node child(char c, boolean create) {
            if (children == null) {
                if (!create) {
                    return null;
                }
                children = new HashMap<>(4);
            }
            Node n = children.get(c);
            if (n == null && create) {
                n = new Node();
                children.put(c, n);
            }
            return n;
        }
    }
}
