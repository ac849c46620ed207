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
 * each word's part of speech, and a map from every synonym to its group's canonical term (the
 * group's first word, folded). A snapshot that was never published ({@link #of}) serves to preview
 * a proposed change ({@link SegmentationPreview}) without touching the live {@link Lexicon}.
 */
public final class LexiconSnapshot {
    static final LexiconSnapshot EMPTY = build(List.<LexiconTerm>of(), List.of(), 0);

    private final Node root;
    private final Set<String> words;
    private final List<List<String>> synonymGroups;
    private final Map<String, String> canonical;
    private final Map<String, String> natures;
    private final long version;

    private LexiconSnapshot(
            Node root,
            Set<String> words,
            List<List<String>> groups,
            Map<String, String> canonical,
            Map<String, String> natures,
            long version) {
        this.root = root;
        this.words = words;
        this.synonymGroups = groups;
        this.canonical = canonical;
        this.natures = natures;
        this.version = version;
    }

    /** An unpublished snapshot (version 0) of these terms and groups, e.g. a proposed change to preview. */
    public static LexiconSnapshot of(Collection<LexiconTerm> terms, Collection<? extends Collection<String>> groups) {
        return build(terms, groups, 0);
    }

    static LexiconSnapshot build(
            Collection<LexiconTerm> terms, Collection<? extends Collection<String>> groups, long version) {
        Set<String> all = new LinkedHashSet<>();
        Map<String, String> natures = new HashMap<>();
        for (LexiconTerm t : terms) {
            String f = CharFolding.fold(t.word().strip());
            if (f.length() >= 2) {
                all.add(f);
                natures.putIfAbsent(f, t.nature());
            }
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
                Collections.unmodifiableMap(natures),
                version);
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

    /** The part of speech of a folded dictionary word (a synonym given only in a group is a proper noun), or null. */
    public String nature(String foldedWord) {
        String n = natures.get(foldedWord);
        return n != null || !words.contains(foldedWord) ? n : LexiconTerm.PROPER_NOUN;
    }

    /** The words with their parts of speech, in the order given. */
    public List<LexiconTerm> terms() {
        return words.stream().map(w -> new LexiconTerm(w, nature(w))).toList();
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
