package org.briefdesk.search.analysis;

/** Index mode adds dictionary sub-words ({@link SubWordFilter}) at position increment 0; query mode never does. */
public enum AnalysisMode {
    /** Main words plus their dictionary sub-words (文明城区 → 文明城区, 文明, 城区). */
    INDEX,
    /** Main words only: phrase queries must see exactly one token per position. */
    QUERY
}
