package org.briefdesk.search.analysis;

import java.util.Objects;

/**
 * A word of the local dictionary with its part of speech, in HanLP's nature codes (ns a place, nt an
 * organisation, nz another proper noun, n a noun, v a verb …), as a line of HanLP's custom dictionary.
 */
public record LexiconTerm(String word, String nature) {
    /** The part of speech of a word given without one (a unit name, a programme name). */
    public static final String PROPER_NOUN = "nz";

    public LexiconTerm {
        Objects.requireNonNull(word);
        nature = nature == null || nature.isBlank() ? PROPER_NOUN : nature.strip();
    }

    /** A word without a stated part of speech: a proper noun. */
    public static LexiconTerm of(String word) {
        return new LexiconTerm(word, PROPER_NOUN);
    }
}
