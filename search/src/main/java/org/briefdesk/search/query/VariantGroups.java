package org.briefdesk.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.search.analysis.CharFolding;

/**
 * Abbreviations, variant forms and common miswritings that a query is expanded with (创城 also
 * searches 创建文明城区; 燃气泄露 also 燃气泄漏). The groups ship in {@code variants-zh.txt} beside this
 * class, with their sources; they apply at query time only, so changing them needs no re-indexing.
 * Immutable and thread-safe.
 */
public final class VariantGroups {
    /** At most this many alternatives of one stretch of text (the text itself included). */
    static final int MAX_ALTERNATIVES = 6;

    private static final VariantGroups SHIPPED = load("variants-zh.txt");

    /** A member of a group, with its group; longest members are matched first. */
    private record Member(String text, List<String> group) {}

    private final List<Member> members;

    private VariantGroups(List<List<String>> groups) {
        List<Member> m = new ArrayList<>();
        for (List<String> g : groups) {
            for (String s : g) {
                m.add(new Member(s, g));
            }
        }
        m.sort(Comparator.comparingInt((Member x) -> x.text().length()).reversed());
        this.members = List.copyOf(m);
    }

    /** The groups shipped with the library. */
    public static VariantGroups shipped() {
        return SHIPPED;
    }

    /** Groups given directly (tests, an office's own list). Members are folded like indexed text. */
    public static VariantGroups of(List<List<String>> groups) {
        List<List<String>> folded = new ArrayList<>();
        for (List<String> g : groups) {
            List<String> f = g.stream()
                    .map(String::strip)
                    .filter(s -> s.length() >= 2)
                    .map(CharFolding::fold)
                    .distinct()
                    .toList();
            if (f.size() >= 2) {
                folded.add(f);
            }
        }
        return new VariantGroups(folded);
    }

    static VariantGroups load(String resource) {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = VariantGroups.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    groups.add(List.of(l.split(",")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(groups);
    }

    public int size() {
        return members.size();
    }

    /**
     * The text itself first, then the text with one found member replaced by each other member of
     * its group; {@code added} receives the members searched in addition.
     */
    public List<String> alternatives(String text, Set<String> added) {
        String folded = CharFolding.fold(text);
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        boolean[] claimed = new boolean[folded.length()];
        for (Member m : members) {
            if (out.size() >= MAX_ALTERNATIVES) {
                break;
            }
            int at = folded.indexOf(m.text());
            if (at < 0 || isClaimed(claimed, at, at + m.text().length())) {
                continue;
            }
            for (int i = at; i < at + m.text().length(); i++) {
                claimed[i] = true;
            }
            for (String other : m.group()) {
                if (!other.equals(m.text()) && out.size() < MAX_ALTERNATIVES) {
                    if (out.add(folded.substring(0, at)
                            + other
                            + folded.substring(at + m.text().length()))) {
                        added.add(other);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isClaimed(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }
}
