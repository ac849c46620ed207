package org.briefdesk.search.similar;

/**
 * Every similarity threshold, in one place, with the reason for its value. Values come from the
 * prototype (DESIGN.md) and from {@code bench} on the generated corpus (BENCHMARK.md); recalibrate
 * on real data and change them only here.
 *
 * @param duplicateJaccard 4-shingle Jaccard that alone means DUPLICATE: re-titled copies score
 *     .97, reordered .95, two replaced sentences .86, same-topic negatives ≤ .35
 * @param duplicateContainment containment alone meaning DUPLICATE: padding with boilerplate keeps
 *     containment ≈ .98 while Jaccard falls to .85
 * @param duplicateSentenceOverlap share of one item's event-specific sentences (those with a
 *     number) kept in the other (75% of the sentence's shingles and 80% of those with digits found,
 *     see {@link TextShingles}); short edited copies keep most of them while Jaccard drops to
 *     .3–.5; same-topic reports of other events keep none (their numbers differ)
 * @param duplicateSentenceContainment containment required together with the sentence rule: a
 *     reworded report of the same event by another unit kept half its numbered sentences at
 *     containment .45–.52, edited copies stay above .6
 * @param duplicateSentenceEntities entity overlap required with the sentence rule: a copy names
 *     the same people, places and numbers; unrelated reports sharing a numbered stock sentence
 *     overlap ≈ .15–.2 (cosine is no guard here: boilerplate dilutes a short copy's vector)
 * @param duplicateEditedContainment with {@code duplicateEditedCosine}: an edited copy keeps most
 *     of its text and its vocabulary (same-topic reports reach containment .59 but cosine ≤ .25)
 * @param duplicateEditedCosine see above
 * @param duplicateEditedEntities and the same names, places and numbers: at 100k items, short
 *     same-topic reports built from the same stock sentences reached containment .65 and cosine
 *     .6, but entity overlap ≤ .36
 * @param duplicateEditMaxDays the sentence and edited rules only hold for items dated at most this
 *     many days apart: an edited copy is a re-sent report, sent within weeks. At 1M items two short
 *     reports of different events, months apart, shared two of their three numbered sentences by
 *     chance (containment .77, entities .46); Jaccard, containment and fingerprint need no date
 * @param sameEventCosine term-vector cosine for SAME_EVENT: reworded reports of one event by another
 *     unit have median .39–.44 (p10 .32) at 10k–100k items but .34 (p10 .22) at 1M, where the
 *     idf of the shared everyday words falls; same-topic reports of other events reached .33 once
 *     in 300 at 1M (with entities .15), p90 .14–.17. .25 keeps 88% of the same-event pairs at 1M
 * @param sameEventEntityOverlap entity Jaccard for SAME_EVENT: same event median .60 (p10 .36),
 *     same-topic other events p90 .24–.25 and at most .28 in 300 at 1M; with the lower cosine,
 *     .35 keeps every same-topic pair of the 1M sample out even without the date window
 * @param sameEventMaxDays reports of one event are written within days of each other
 * @param relatedCosine below this a "more like this" hit is noise
 * @param mltCandidates BM25 more-like-this hits verified per lookup
 * @param lshCandidates LSH candidates verified per lookup (ordered by shared bands)
 */
public record SimilarityThresholds(
        double duplicateJaccard,
        double duplicateContainment,
        double duplicateSentenceOverlap,
        double duplicateSentenceContainment,
        double duplicateSentenceEntities,
        double duplicateEditedContainment,
        double duplicateEditedCosine,
        double duplicateEditedEntities,
        int duplicateEditMaxDays,
        double sameEventCosine,
        double sameEventEntityOverlap,
        int sameEventMaxDays,
        double relatedCosine,
        int mltCandidates,
        int lshCandidates) {

    public static final SimilarityThresholds DEFAULT =
            new SimilarityThresholds(0.8, 0.9, 0.5, 0.55, 0.4, 0.65, 0.5, 0.4, 30, 0.25, 0.35, 7, 0.25, 20, 30);
}
