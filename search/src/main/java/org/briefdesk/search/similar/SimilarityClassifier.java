package org.briefdesk.search.similar;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Computes {@link SimilarityEvidence} for a pair of items and classifies it by the thresholds. */
public final class SimilarityClassifier {
    private final SimilarityThresholds t;

    public SimilarityClassifier(SimilarityThresholds thresholds) {
        this.t = thresholds;
    }

    public SimilarityThresholds thresholds() {
        return t;
    }

    /**
     * @param idf inverse document frequency of a term (from the index or a batch)
     */
    public SimilarityEvidence evidence(ItemFeatures a, ItemFeatures b, ToDoubleFunction<String> idf) {
        SimilarityEvidence terms = withTermsAndEntities(
                0, 0, 0, false, a, cosine(a.termVector(), b.termVector(), idf), b.entities(), b.date());
        return withText(a, b.shingles(), b.fingerprint(), terms);
    }

    /** {@link #evidenceWithoutText(ItemFeatures, double, FeatureSummary, ToDoubleFunction)}, computing {@code a}'s norm. */
    public SimilarityEvidence evidenceWithoutText(ItemFeatures a, FeatureSummary b, ToDoubleFunction<String> idf) {
        return evidenceWithoutText(a, Double.NaN, b, idf);
    }

    /**
     * The evidence that needs no text: cosine, entities and dates exactly, and NaN for every shingle
     * signal (not compared, so it can never say DUPLICATE). Used to judge a candidate from its
     * {@link FeatureSummary}, and as the evidence of a RELATED match.
     *
     * @param aNorm {@link #norm} of {@code a}'s term vector under {@code idf} (NaN: computed here): one
     *     item is compared with dozens of candidates, and its norm was a third of each comparison
     */
    public SimilarityEvidence evidenceWithoutText(
            ItemFeatures a, double aNorm, FeatureSummary b, ToDoubleFunction<String> idf) {
        double cosine = cosine(a.termVector(), Double.isNaN(aNorm) ? norm(a.termVector(), idf) : aNorm, b, idf);
        return withTermsAndEntities(Double.NaN, Double.NaN, Double.NaN, false, a, cosine, b.entities(), b.date());
    }

    /**
     * {@link #evidenceWithoutText(ItemFeatures, double, FeatureSummary, ToDoubleFunction)} through a
     * lookup's {@link LookupTerms} (made for {@code a} and the same idf): the same
     * evidence, each distinct term weighed and matched against {@code a} once per lookup.
     */
    SimilarityEvidence evidenceWithoutText(ItemFeatures a, double aNorm, FeatureSummary b, LookupTerms terms) {
        double cosine = a.termVector().isEmpty() ? 0 : cosine(aNorm, b, terms);
        return withTermsAndEntities(Double.NaN, Double.NaN, Double.NaN, false, a, cosine, b.entities(), b.date());
    }

    /**
     * The full evidence of a pair whose text-free part is known ({@link #evidenceWithoutText}, or
     * the same computed otherwise): adds the shingle signals from {@code b}'s text.
     */
    public SimilarityEvidence withText(
            ItemFeatures a, TextShingles b, String bFingerprint, SimilarityEvidence withoutText) {
        TextOverlap text = textOverlap(a.shingles(), b);
        boolean sameFp =
                a.fingerprint().equals(bFingerprint) && !a.shingles().skeleton().isEmpty();
        return new SimilarityEvidence(
                text.jaccard(),
                text.containment(),
                text.sentenceOverlap(),
                withoutText.cosine(),
                withoutText.entityOverlap(),
                withoutText.sharedEntities(),
                withoutText.daysApart(),
                sameFp);
    }

    /** The shingle signals of two texts (see {@link SimilarityEvidence}); symmetric. */
    public record TextOverlap(double jaccard, double containment, double sentenceOverlap) {}

    /** The shingle signals of two texts, as duplicate detection computes them. */
    public static TextOverlap textOverlap(TextShingles a, TextShingles b) {
        int[] sa = a.shingles();
        int[] sb = b.shingles();
        int inter = TextShingles.intersect(sa, sb);
        int union = sa.length + sb.length - inter;
        double jaccard = union == 0 ? 0 : (double) inter / union;
        int min = Math.min(sa.length, sb.length);
        double containment = min == 0 ? 0 : (double) inter / min;
        return new TextOverlap(jaccard, containment, Math.max(kept(a, b), kept(b, a)));
    }

    private static SimilarityEvidence withTermsAndEntities(
            double jaccard,
            double containment,
            double sentences,
            boolean sameFp,
            ItemFeatures a,
            double cosine,
            Set<String> bEntities,
            java.time.LocalDate bDate) {
        Set<String> shared = new HashSet<>(a.entities());
        shared.retainAll(bEntities);
        int eu = a.entities().size() + bEntities.size() - shared.size();
        double entity = eu == 0 ? 0 : (double) shared.size() / eu;
        List<String> sharedList = new ArrayList<>(shared);
        sharedList.sort(null);
        if (sharedList.size() > 20) {
            sharedList = sharedList.subList(0, 20);
        }
        int days = a.date() == null || bDate == null ? -1 : (int) Math.abs(ChronoUnit.DAYS.between(a.date(), bDate));
        return new SimilarityEvidence(
                jaccard, containment, sentences, cosine, entity, List.copyOf(sharedList), days, sameFp);
    }

    /** Share of {@code a}'s event-specific sentences kept in {@code b}; 0 with fewer than 2 of them. */
    static double kept(TextShingles a, TextShingles b) {
        int n = a.specificSentences();
        return n < MIN_SPECIFIC_SENTENCES ? 0 : (double) a.sentencesKeptIn(b) / n;
    }

    /** One shared sentence with a number is not enough evidence of copying. */
    static final int MIN_SPECIFIC_SENTENCES = 2;

    /** The class of a pair, or null when the pair is not even RELATED. */
    public MatchClass classify(SimilarityEvidence e) {
        if (isDuplicate(e)) {
            return MatchClass.DUPLICATE;
        }
        boolean inWindow = e.daysApart() < 0 || e.daysApart() <= t.sameEventMaxDays();
        if (inWindow && e.cosine() >= t.sameEventCosine() && e.entityOverlap() >= t.sameEventEntityOverlap()) {
            return MatchClass.SAME_EVENT;
        }
        if (e.cosine() >= t.relatedCosine()) {
            return MatchClass.RELATED;
        }
        return null;
    }

    public boolean isDuplicate(SimilarityEvidence e) {
        if (e.sameFingerprint() || e.jaccard() >= t.duplicateJaccard() || e.containment() >= t.duplicateContainment()) {
            return true;
        }
        boolean withinWeeks = e.daysApart() < 0 || e.daysApart() <= t.duplicateEditMaxDays();
        return withinWeeks
                && ((e.sentenceOverlap() >= t.duplicateSentenceOverlap()
                                && e.containment() >= t.duplicateSentenceContainment()
                                && e.entityOverlap() >= t.duplicateSentenceEntities())
                        || (e.containment() >= t.duplicateEditedContainment()
                                && e.cosine() >= t.duplicateEditedCosine()
                                && e.entityOverlap() >= t.duplicateEditedEntities()));
    }

    /** A score in [0, 1] for ordering within a class. */
    public static double score(MatchClass c, SimilarityEvidence e) {
        return switch (c) {
            case DUPLICATE -> Math.max(e.jaccard(), Math.max(e.containment(), e.sentenceOverlap()));
            case SAME_EVENT -> (e.cosine() + e.entityOverlap()) / 2;
            case RELATED -> e.cosine();
        };
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b, ToDoubleFunction<String> idf) {
        return cosine(a, Double.NaN, b, idf);
    }

    /** The cosine with {@code a}'s norm given (NaN: computed here when needed). */
    static double cosine(Map<String, Integer> a, double aNorm, Map<String, Integer> b, ToDoubleFunction<String> idf) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer o = large.get(e.getKey());
            if (o != null) {
                double w = idf.applyAsDouble(e.getKey());
                dot += (1 + Math.log(e.getValue())) * (1 + Math.log(o)) * w * w;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / ((Double.isNaN(aNorm) ? norm(a, idf) : aNorm) * norm(b, idf));
    }

    /**
     * The cosine of {@code a} (its norm given) with a summary's term vector, in one pass over the
     * summary's terms: the dot product and the summary's norm need the same idf of each term.
     */
    static double cosine(Map<String, Integer> a, double aNorm, FeatureSummary b, ToDoubleFunction<String> idf) {
        String[] terms = b.terms();
        if (a.isEmpty() || terms.length == 0) {
            return 0;
        }
        int[] counts = b.counts();
        double dot = 0;
        double bSquares = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = idf.applyAsDouble(terms[i]);
            double bw = (1 + Math.log(counts[i])) * w;
            bSquares += bw * bw;
            Integer o = a.get(terms[i]);
            if (o != null) {
                dot += (1 + Math.log(o)) * bw * w;
            }
        }
        return dot == 0 ? 0 : dot / (aNorm * Math.sqrt(bSquares));
    }

    /** {@link #cosine(Map, double, FeatureSummary, ToDoubleFunction)} through the lookup's table: the same sums in the same order. */
    static double cosine(double aNorm, FeatureSummary b, LookupTerms terms) {
        String[] bTerms = b.terms();
        if (bTerms.length == 0) {
            return 0;
        }
        int[] counts = b.counts();
        double dot = 0;
        double bSquares = 0;
        for (int i = 0; i < bTerms.length; i++) {
            int slot = terms.slot(bTerms[i]);
            double w = terms.idf(slot);
            double bw = (1 + Math.log(counts[i])) * w;
            bSquares += bw * bw;
            int o = terms.itemCount(slot);
            if (o != 0) {
                dot += (1 + Math.log(o)) * bw * w;
            }
        }
        return dot == 0 ? 0 : dot / (aNorm * Math.sqrt(bSquares));
    }

    /** Length of a log-tf × idf term vector. */
    public static double norm(Map<String, Integer> v, ToDoubleFunction<String> idf) {
        double s = 0;
        for (Map.Entry<String, Integer> e : v.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
