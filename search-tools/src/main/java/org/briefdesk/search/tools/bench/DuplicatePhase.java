package org.briefdesk.search.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.MatchClass;
import org.briefdesk.search.similar.SimilarMatch;
import org.briefdesk.search.similar.SimilarityEvidence;
import org.briefdesk.search.tools.corpus.CorpusGenerator;
import org.briefdesk.search.tools.corpus.VariantKind;

/**
 * The duplicate phase of {@code bench}: for each probe item of the archive, every kind of variant, a
 * report of the same event by another unit and a same-topic negative are looked up, with Briefdesk's
 * findSimilar (classified, timed) and with the baseline's MoreLikeThis.
 */
final class DuplicatePhase {
    private final PrintStream out;
    private final CorpusGenerator gen;
    private final CallMeter meter;
    private final int probes;

    DuplicatePhase(PrintStream out, CorpusGenerator gen, CallMeter meter, int probes) {
        this.out = out;
        this.gen = gen;
        this.meter = meter;
        this.probes = probes;
    }

    private long[] probeIds(int size) {
        long[] ids = new long[Math.min(probes, size)];
        for (int k = 0; k < ids.length; k++) ids[k] = (long) k * (size / ids.length);
        return ids;
    }

    private interface Lookup {
        void find(ItemDocument probe) throws IOException;
    }

    /** As many lookups as the measured ones, of the neighbouring items (i + 1), not measured. */
    private void warmUp(Lookup lookup, int size) throws IOException {
        for (long i : probeIds(size)) {
            ItemDocument other = gen.archiveItem(i + 1);
            for (VariantKind k : VariantKind.values()) lookup.find(gen.variant(other, k, "w" + i + k, i + 1));
            lookup.find(gen.sameEvent(i + 1, "wse" + i));
            lookup.find(gen.sameTopic(i + 1, "wst" + i));
        }
    }

    /** Briefdesk's figures on an index of the first {@code size} archive items. */
    DuplicateQuality measure(ItemIndex index, int size) throws IOException {
        DuplicateQuality q = new DuplicateQuality();
        warmUp(index::findSimilar, size);
        CallMeter.Sample lat = meter.sample();
        for (long i : probeIds(size)) {
            ItemDocument original = gen.archiveItem(i);
            String oid = original.id();
            for (VariantKind k : VariantKind.values()) {
                ItemDocument v = gen.variant(original, k, "v" + i + k, i);
                List<SimilarMatch> ms = meter.time(lat, () -> index.findSimilar(v));
                int[] c = q.dup.get(k);
                c[2]++;
                for (SimilarMatch m : ms) {
                    if (m.matchClass() != MatchClass.DUPLICATE) continue;
                    if (m.id().equals(oid)) c[0]++;
                    else {
                        c[1]++;
                        if (q.fpShown++ < 5)
                            out.printf(
                                    "  false DUPLICATE: %s variant of %s matched %s: %s%n",
                                    k, oid, m.id(), m.evidence());
                    }
                }
                SimilarityEvidence e = index.explain(v, original);
                q.ev.get(k).add(e);
                if (ms.stream().noneMatch(m -> m.id().equals(oid) && m.matchClass() == MatchClass.DUPLICATE)
                        && q.missShown++ < 6) {
                    out.printf(
                            "  missed DUPLICATE: %s of %s (%s; returned as %s): %s%n",
                            k,
                            oid,
                            index.classify(e),
                            ms.stream()
                                    .filter(m -> m.id().equals(oid))
                                    .map(m -> m.matchClass().toString())
                                    .findFirst()
                                    .orElse("not a candidate"),
                            e);
                }
            }
            ItemDocument se = gen.sameEvent(i, "se" + i);
            List<SimilarMatch> ms = meter.time(lat, () -> index.findSimilar(se));
            q.seN++;
            boolean found = false;
            for (SimilarMatch m : ms) {
                if (m.id().equals(oid)) {
                    found = true;
                    if (m.matchClass() == MatchClass.SAME_EVENT) q.seTp++;
                    else if (m.matchClass() == MatchClass.DUPLICATE) {
                        q.seAsDup++;
                        if (q.fpShown++ < 10)
                            out.printf("  same event taken for DUPLICATE: %s: %s%n", oid, m.evidence());
                    } else q.seFn++;
                } else if (m.matchClass() == MatchClass.SAME_EVENT) {
                    q.seFp++;
                }
            }
            if (!found) q.seFn++;
            q.seEv.add(index.explain(se, original));
            ItemDocument neg = gen.sameTopic(i, "st" + i);
            ms = meter.time(lat, () -> index.findSimilar(neg));
            q.negN++;
            if (ms.stream().anyMatch(m -> m.matchClass() == MatchClass.DUPLICATE)) q.negDup++;
            long seMatches = ms.stream()
                    .filter(m -> m.matchClass() == MatchClass.SAME_EVENT)
                    .count();
            if (seMatches > 0) q.negSe++;
            q.seFp += (int) seMatches;
            q.negEv.add(index.explain(neg, original));
        }
        q.latency = lat.wall(50, 99);
        q.cpu = lat.cpu(50, 99);
        return q;
    }

    /** The baseline's figures on the same probes, added to Briefdesk's: a score of 0.8 counts as DUPLICATE. */
    void measureBaseline(Baseline b, int size, DuplicateQuality q) throws IOException {
        warmUp(b::similar, size);
        List<Long> lat = new ArrayList<>();
        for (long i : probeIds(size)) {
            ItemDocument original = gen.archiveItem(i);
            for (VariantKind k : VariantKind.values()) {
                long s = System.nanoTime();
                List<Object[]> ms = b.similar(gen.variant(original, k, "v" + i + k, i));
                lat.add(System.nanoTime() - s);
                int[] c = q.baseDup.computeIfAbsent(k, x -> new int[3]);
                for (Object[] m : ms) {
                    if ((double) m[1] < 0.8) continue;
                    if (m[0].equals(original.id())) c[0]++;
                    else c[1]++;
                }
            }
            List<Object[]> se = b.similar(gen.sameEvent(i, "se" + i));
            if (se.stream().anyMatch(m -> m[0].equals(original.id()))) q.baseSeTop10++;
            List<Object[]> neg = b.similar(gen.sameTopic(i, "st" + i));
            if (neg.stream().anyMatch(m -> (double) m[1] >= 0.8)) q.baseNegDup++;
        }
        q.baseLatency = CallMeter.pcts(lat.stream().mapToLong(Long::longValue).toArray(), 50, 99);
    }
}
