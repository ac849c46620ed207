package org.briefdesk.search.similar;

import java.util.List;

/**
 * Why two items were classified as they were.
 *
 * <p>The three shingle signals are NaN when the texts were not compared: a RELATED match is judged
 * from the candidate's summary alone (cosine), and reading and shingling its stored text only to
 * show the overlap was a good part of each duplicate lookup; the overlap is computed when an
 * editor looks at the link instead.
 *
 * @param jaccard exact Jaccard of the bodies' 4-character shingle sets
 * @param containment shared shingles / shingles of the smaller body (catches padding and cuts)
 * @param sentenceOverlap share of the event-specific sentences (with numbers) of one body that
 *     are kept in the other (the larger share of the two directions)
 * @param cosine cosine of the log-tf × idf term vectors
 * @param entityOverlap Jaccard of the entity sets (names, places, units, numbers, dates)
 * @param sharedEntities the shared entities themselves (at most 20)
 * @param daysApart days between the items' dates, or -1 when a date is missing
 * @param sameFingerprint identical normalised body (SHA-256)
 */
public record SimilarityEvidence(
        double jaccard,
        double containment,
        double sentenceOverlap,
        double cosine,
        double entityOverlap,
        List<String> sharedEntities,
        int daysApart,
        boolean sameFingerprint) {

    /** Whether the shingle signals were computed (false for a RELATED match: see above). */
    public boolean textCompared() {
        return !Double.isNaN(jaccard);
    }
}
