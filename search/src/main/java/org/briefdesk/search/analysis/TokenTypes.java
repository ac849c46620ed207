package org.briefdesk.search.analysis;

/**
 * Token types emitted by {@link HanLPTokenizer}. Chinese words carry HanLP's part-of-speech nature
 * (n, v, nr, ns, t, m, …) as their type; the constants below cover everything else.
 */
public final class TokenTypes {
    private TokenTypes() {}

    /** A word from the local dictionary ({@link Lexicon}): unit names, programme names. */
    public static final String DICT = "dict";
    /** Digits, possibly with an inner '.' or ','. */
    public static final String NUM = "<NUM>";
    /** Latin (or other non-Han) letters, possibly mixed with digits. */
    public static final String ALPHANUM = "<ALPHANUM>";
    /** A pictographic symbol such as an emoji. */
    public static final String EMOJI = "<EMOJI>";
    /** A dictionary sub-word stacked on a longer word (index mode only). */
    public static final String SUBWORD = "sub";

    /** Whether a token type denotes a named entity or number useful for same-event evidence. */
    public static boolean isEntity(String type) {
        return type.equals(DICT)
                || type.equals(NUM)
                || type.startsWith("nr")
                || type.startsWith("ns")
                || type.startsWith("nt");
    }
}
