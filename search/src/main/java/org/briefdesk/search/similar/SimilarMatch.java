package org.briefdesk.search.similar;

/** One classified archive item. {@code score} is in [0, 1]; higher is closer. */
public record SimilarMatch(String id, String title, MatchClass matchClass, double score, SimilarityEvidence evidence) {}
