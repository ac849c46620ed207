package org.briefdesk.search.similar;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    /**
     * The evidence that needs no text: cosine, entities and dates exactly, and NaN for every shingle
     * signal (not compared, so it can never say DUPLICATE). Used to judge a candidate from its
     * {@link FeatureSummary}, and as the evidence of a RELATED match.
     */
    public SimilarityEvidence evidenceWithoutText(ItemFeatures a, FeatureSummary b, ToDoubleFunction<String> idf) {
        return evidenceWithoutText(a, CachedSummary.withoutIds(b), new LookupTerms(a.termVector(), idf, t -> -1));
    }

    /**
     * {@link #evidenceWithoutText(ItemFeatures, FeatureSummary, ToDoubleFunction)} in a lookup: the
     * item's terms weighed once in {@code terms} (made for {@code a}), the candidate's norm kept with
     * its cached summary.
     */
    SimilarityEvidence evidenceWithoutText(ItemFeatures a, CachedSummary b, LookupTerms terms) {
        FeatureSummary s = b.summary();
        return withTermsAndEntities(
                Double.NaN, Double.NaN, Double.NaN, false, a, terms.cosine(b), s.entities(), s.date());
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
        // a's entities are a set: those b holds too are the intersection, without copying a's set.
        List<String> sharedList = new ArrayList<>();
        for (String e : a.entities()) {
            if (bEntities.contains(e)) {
                sharedList.add(e);
            }
        }
        int eu = a.entities().size() + bEntities.size() - sharedList.size();
        double entity = eu == 0 ? 0 : (double) sharedList.size() / eu;
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

    /** The cosine of two log-tf × idf term vectors. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b, ToDoubleFunction<String> idf) {
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
        return dot / (norm(a, idf) * norm(b, idf));
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
