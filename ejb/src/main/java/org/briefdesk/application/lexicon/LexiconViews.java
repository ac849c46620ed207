package org.briefdesk.application.lexicon;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What pages and the API show of the dictionary: views, never entities (serialisable for view-scoped pages). */
public final class LexiconViews {

    private LexiconViews() {}

    /** A local term with its part of speech (code and Chinese name). */
    public record TermView(long id, String word, String pos, String posLabel) implements Serializable {}

    /** A synonym group; its first word is the one the others are searched as. */
    public record SynonymGroupView(long id, List<String> words) implements Serializable {}

    /** One entry of the history; {@code undoneBy} is the change that undid it, if any. */
    public record ChangeView(long id, Instant at, String actorName, String description, Long undoneBy, boolean isUndo)
            implements Serializable {}

    /** A sentence segmented under the dictionary in force and under the proposed change. */
    public record Preview(List<SegmentedWord> before, List<SegmentedWord> after) implements Serializable {}

    /** A proposed change to preview: a term (with its part of speech) and/or a synonym group; nulls for none. */
    public record Proposal(String word, String pos, List<String> group) implements Serializable {}
}
