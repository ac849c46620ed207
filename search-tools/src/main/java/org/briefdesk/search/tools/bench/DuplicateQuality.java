package org.briefdesk.search.tools.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.briefdesk.search.tools.corpus.VariantKind;

/**
 * What the duplicate phase counted: per-kind DUPLICATE counts, SAME_EVENT and same-topic negatives,
 * for Briefdesk and the baseline, with the evidence behind them; and how it prints them.
 */
final class DuplicateQuality {
    final Map<VariantKind, int[]> dup = new EnumMap<>(VariantKind.class); // tp, fp, n
    final Map<VariantKind, int[]> baseDup = new EnumMap<>(VariantKind.class);
    final Map<VariantKind, List<SimilarityEvidence>> ev = new EnumMap<>(VariantKind.class);
    int fpShown, missShown, seTp, seAsDup, seFn, seFp, seN, negDup, negSe, negN, baseSeTop10, baseNegDup;
    final List<SimilarityEvidence> seEv = new ArrayList<>();
    final List<SimilarityEvidence> negEv = new ArrayList<>();
    String latency, cpu, baseLatency;

    DuplicateQuality() {
        for (VariantKind k : VariantKind.values()) {
            dup.put(k, new int[3]);
            ev.put(k, new ArrayList<>());
        }
    }

    void print(PrintStream o, boolean withBase) {
        o.println();
        o.println(
                "| DUPLICATE variant | recall | precision | baseline recall | baseline precision | min Jaccard | min containment | min sentence overlap |");
        o.println("|---|---|---|---|---|---|---|---|");
        int tp = 0, fp = 0, n = 0, btp = 0, bfp = 0;
        for (VariantKind k : VariantKind.values()) {
            int[] c = dup.get(k);
            int[] b = baseDup.getOrDefault(k, new int[3]);
            tp += c[0];
            fp += c[1];
            n += c[2];
            btp += b[0];
            bfp += b[1];
            List<SimilarityEvidence> e = ev.get(k);
            o.printf(
                    "| %s | %.3f | %.3f | %s | %s | %.2f | %.2f | %.2f |%n",
                    k,
                    c[0] / (double) c[2],
                    prec(c[0], c[1]),
                    withBase ? String.format(Locale.ROOT, "%.3f", b[0] / (double) c[2]) : "-",
                    withBase ? String.format(Locale.ROOT, "%.3f", prec(b[0], b[1])) : "-",
                    e.stream().mapToDouble(SimilarityEvidence::jaccard).min().orElse(0),
                    e.stream()
                            .mapToDouble(SimilarityEvidence::containment)
                            .min()
                            .orElse(0),
                    e.stream()
                            .mapToDouble(SimilarityEvidence::sentenceOverlap)
                            .min()
                            .orElse(0));
        }
        o.printf(
                "| **all kinds** | **%.3f** | **%.3f** | %s | %s | | | |%n",
                tp / (double) n,
                prec(tp, fp),
                withBase ? String.format(Locale.ROOT, "%.3f", btp / (double) n) : "-",
                withBase ? String.format(Locale.ROOT, "%.3f", prec(btp, bfp)) : "-");
        o.println();
        o.printf(
                "SAME_EVENT (other unit, reworded; %d probes): recall %.3f, precision %.3f; classified DUPLICATE instead: %d; missed: %d. Baseline: original in MoreLikeThis top 10 for %s (no classification).%n",
                seN,
                seTp / (double) seN,
                prec(seTp, seFp),
                seAsDup,
                seFn,
                withBase ? String.format(Locale.ROOT, "%.3f", baseSeTop10 / (double) seN) : "-");
        o.printf(
                "Same-topic negatives (%d): flagged DUPLICATE %.3f (baseline %s), flagged SAME_EVENT %.3f.%n",
                negN,
                negDup / (double) negN,
                withBase ? String.format(Locale.ROOT, "%.3f", baseNegDup / (double) negN) : "-",
                negSe / (double) negN);
        o.printf(
                "Signals (p10 / median / p90): same event: cosine %s, entity %s, jaccard %s; same-topic negatives: cosine %s, entity %s, jaccard %s, containment %s, sentence %s%n",
                dist(seEv, SimilarityEvidence::cosine),
                dist(seEv, SimilarityEvidence::entityOverlap),
                dist(seEv, SimilarityEvidence::jaccard),
                dist(negEv, SimilarityEvidence::cosine),
                dist(negEv, SimilarityEvidence::entityOverlap),
                dist(negEv, SimilarityEvidence::jaccard),
                dist(negEv, SimilarityEvidence::containment),
                dist(negEv, SimilarityEvidence::sentenceOverlap));
    }

    private static String dist(List<SimilarityEvidence> l, ToDoubleFunction<SimilarityEvidence> f) {
        double[] v = l.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) return "-";
        return String.format(
                Locale.ROOT,
                "%.2f/%.2f/%.2f",
                v[(int) (v.length * 0.1)],
                v[v.length / 2],
                v[(int) Math.min(v.length - 1, v.length * 0.9)]);
    }

    private static double prec(int tp, int fp) {
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }
}
