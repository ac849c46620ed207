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
 * @param duplicateSentenceOverlap share of the smaller item's sentences found verbatim (after
 *     normalisation) in the other; short edited copies keep most sentences while Jaccard drops to
 *     .3–.5, and independent reports of one event share almost none
 * @param duplicateSentenceContainment containment required together with the sentence rule, so
 *     that a few shared stock sentences cannot make two different reports duplicates
 * @param duplicateSentenceEntities entity overlap required with the sentence rule: a copy names
 *     the same people, places and numbers; unrelated reports sharing a numbered stock sentence
 *     overlap ≈ .15–.2 (cosine is no guard here: boilerplate dilutes a short copy's vector)
 * @param duplicateEditedContainment with {@code duplicateEditedCosine}: an edited copy keeps most
 *     of its text and its vocabulary (same-topic reports reach containment .52 but cosine ≤ .25)
 * @param duplicateEditedCosine see above
 * @param duplicateEditedEntities and the same names, places and numbers: at 100k items, short
 *     same-topic reports built from the same stock sentences reached containment .65 and cosine
 *     .6, but entity overlap ≤ .36
 * @param sameEventCosine term-vector cosine for SAME_EVENT: reworded reports of one event by another
 *     unit have median .47 (p10 .36) on the generated corpus, same-topic other events p90 .22
 * @param sameEventEntityOverlap entity Jaccard for SAME_EVENT: same event median .55 (p10 .35),
 *     same-topic other events p90 .20
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
    double sameEventCosine,
    double sameEventEntityOverlap,
    int sameEventMaxDays,
    double relatedCosine,
    int mltCandidates,
    int lshCandidates) {

  public static final SimilarityThresholds DEFAULT =
      new SimilarityThresholds(0.8, 0.9, 0.5, 0.55, 0.4, 0.65, 0.5, 0.4, 0.35, 0.3, 7, 0.25, 20, 30);
}
