package org.briefdesk.application.lexicon;

import java.io.Serializable;

/**
 * One word of a previewed sentence: the text as written, its part of speech, whether the local
 * dictionary made it, and the term it is searched as (its synonym group's first word, or itself).
 */
public record SegmentedWord(String text, String pos, boolean local, String searchedAs) implements Serializable {}
